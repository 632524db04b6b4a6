#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// Why a call to the server failed: no answer at all (network, TLS, timeout) or the server's
// error body ({"detail","code"} or {"field":["message"]}), shown to staff as one sentence.
struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)

public:
    int status = 0; // HTTP status; 0 when the server never answered
    QString code;
    QString detail;
    QMap<QString, QStringList> fieldErrors;

    bool isNetworkFailure() const
    {
        return status == 0;
    }
    // "Field: message; …", the detail, or a sentence for a network failure.
    QString message() const;
};
