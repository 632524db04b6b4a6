#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    AppIdentity::install();

    Translations translations;
    translations.apply();

    MainWindow window(translations);
    window.show();
    return QApplication::exec();
}
