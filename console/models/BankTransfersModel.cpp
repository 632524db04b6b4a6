#include "models/BankTransfersModel.h"

namespace
{

QString money(const QJsonObject& payment, const QString& field)
{
    return payment.value(field).toString() + QLatin1Char(' ') +
           payment.value(QStringLiteral("currency")).toString();
}

} // namespace

BankTransfersModel::BankTransfersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BankTransfersModel::setPayments(const QList<QJsonObject>& payments)
{
    beginResetModel();
    m_payments = payments;
    endResetModel();
}

int BankTransfersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_payments.size());
}

int BankTransfersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BankTransfersModel::display(const QJsonObject& payment, int column) const
{
    const QJsonObject bank = payment.value(QStringLiteral("bank_transfer")).toObject();
    const QJsonObject receipt = payment.value(QStringLiteral("receipt")).toObject();
    switch (column) {
    case Order:
        return payment.value(QStringLiteral("order_number")).toString();
    case Reference:
        return bank.value(QStringLiteral("reference_display")).toString();
    case Amount:
        return money(payment, QStringLiteral("amount"));
    case Outstanding:
        return money(payment, QStringLiteral("outstanding"));
    case Receipt:
        return receipt.isEmpty() ? tr("None") : tr("Received");
    case Created:
        return payment.value(QStringLiteral("created_at"))
            .toString()
            .left(16)
            .replace(QLatin1Char('T'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant BankTransfersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_payments.size())
        return {};
    const QJsonObject& payment = m_payments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(payment, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Amount || index.column() == Outstanding
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case PaymentIdRole:
        return payment.value(QStringLiteral("id")).toInteger();
    case OutstandingRole:
        return payment.value(QStringLiteral("outstanding")).toString();
    case CurrencyRole:
        return payment.value(QStringLiteral("currency")).toString();
    case ReceiptTypeRole:
        return payment.value(QStringLiteral("receipt"))
            .toObject()
            .value(QStringLiteral("content_type"))
            .toString();
    default:
        return {};
    }
}

QVariant BankTransfersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("Order");
    case Reference:
        return tr("Reference");
    case Amount:
        return tr("Amount");
    case Outstanding:
        return tr("Outstanding");
    case Receipt:
        return tr("Receipt");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}
