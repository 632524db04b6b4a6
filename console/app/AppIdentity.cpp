#include "app/AppIdentity.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

QString AppIdentity::organizationName()
{
    return QStringLiteral("EsxiBackupManager");
}

QString AppIdentity::applicationName()
{
    return QStringLiteral("ebm-console");
}

void AppIdentity::install()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(EBM_CONSOLE_VERSION));
    QGuiApplication::setDesktopFileName(applicationName());
    QGuiApplication::setWindowIcon(QIcon::fromTheme(applicationName()));
}
