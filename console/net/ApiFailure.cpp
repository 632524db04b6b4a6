#include "net/ApiFailure.h"

QString ApiFailure::message() const
{
    if (!fieldErrors.isEmpty()) {
        QStringList parts;
        for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QLatin1Char(' ')));
        return parts.join(QStringLiteral("; "));
    }
    if (!detail.isEmpty())
        return detail;
    if (isNetworkFailure())
        return tr("The server cannot be reached.");
    return tr("The server answered with status %1.").arg(status);
}
