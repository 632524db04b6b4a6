#include "app/AppIdentity.h"
#include "app/SignInFlow.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    AppIdentity::install();

    Translations translations;
    translations.apply();

    Workspace workspace;
    MainWindow window(translations, workspace);
    SignInFlow flow(workspace, window);
    if (!flow.signIn())
        return 0;
    window.show();
    return QApplication::exec();
}
