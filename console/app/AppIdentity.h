#pragma once

#include <QString>

// Gives the application the names QSettings and the desktop use (organization, application).
class AppIdentity final
{
public:
    AppIdentity() = delete;

    static QString organizationName();
    static QString applicationName();
    static void install();
};
