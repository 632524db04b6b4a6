#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

// The bank transfers waiting for staff (pending or partly credited), newest first, one column
// per Column; the payment id, its outstanding amount and receipt type are under their roles.
class BankTransfersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Order,
        Reference,
        Amount,
        Outstanding,
        Receipt,
        Created,
        ColumnCount
    };
    enum Role
    {
        PaymentIdRole = Qt::UserRole + 1,
        OutstandingRole,
        CurrencyRole,
        ReceiptTypeRole
    };

    explicit BankTransfersModel(QObject* parent = nullptr);

    // Replaces the rows with the payments of GET /api/admin/payments/ (results).
    void setPayments(const QList<QJsonObject>& payments);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QJsonObject& payment, int column) const;

    QList<QJsonObject> m_payments;
};
