#include "models/PaymentsModel.h"

QString PaymentsModel::methodLabel(const QString& method)
{
    if (method == QLatin1String("paypal"))
        return tr("PayPal");
    if (method == QLatin1String("mtn_momo"))
        return tr("MTN Mobile Money");
    if (method == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    return method;
}

QString PaymentsModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString PaymentsModel::header(int column) const
{
    switch (column) {
    case Order:
        return tr("Order");
    case Method:
        return tr("Method");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Received:
        return tr("Received");
    case Reference:
        return tr("Reference");
    case Created:
        return tr("Created");
    case Completed:
        return tr("Completed", "column: the day the payment completed");
    default:
        return {};
    }
}

QVariant PaymentsModel::display(const QJsonObject& row, int column) const
{
    switch (column) {
    case Order:
        return row.value(QStringLiteral("order_number")).toString();
    case Method:
        return methodLabel(row.value(QStringLiteral("method")).toString());
    case Status:
        return statusLabel(row.value(QStringLiteral("status")).toString());
    case Amount:
        return money(row, QStringLiteral("amount"));
    case Received:
        return money(row, QStringLiteral("received"));
    case Reference: {
        const QString bank = row.value(QStringLiteral("bank_transfer"))
                                 .toObject()
                                 .value(QStringLiteral("reference_display"))
                                 .toString();
        return bank.isEmpty() ? row.value(QStringLiteral("provider_reference")).toString() : bank;
    }
    case Created:
        return instant(row.value(QStringLiteral("created_at")));
    case Completed:
        return instant(row.value(QStringLiteral("completed_at")));
    default:
        return {};
    }
}

QVariant PaymentsModel::sortValue(const QJsonObject& row, int column) const
{
    if (column == Amount)
        return decimalSortKey(row.value(QStringLiteral("amount")).toString());
    if (column == Received)
        return decimalSortKey(row.value(QStringLiteral("received")).toString());
    return display(row, column);
}

Qt::Alignment PaymentsModel::alignment(int column) const
{
    return column == Amount || column == Received ? Qt::AlignRight | Qt::AlignVCenter
                                                  : Qt::AlignLeft | Qt::AlignVCenter;
}
