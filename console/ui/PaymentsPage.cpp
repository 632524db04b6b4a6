#include "ui/PaymentsPage.h"

#include "models/PaymentsModel.h"
#include "ui/StatusBadgeDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QTableView>

PaymentsPage::PaymentsPage(PaymentsModel& model, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::Payments, parent)
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("paymentsPage"));
    table()->setObjectName(QStringLiteral("paymentsTable"));
    table()->setItemDelegateForColumn(PaymentsModel::Status,
                                      new StatusBadgeDelegate(JsonRowsModel::StatusRole, this));
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    filterRow()->insertWidget(0, m_method);
    filterRow()->insertWidget(1, m_status);
    retranslate();
    connect(m_method, &QComboBox::currentIndexChanged, this, &PaymentsPage::requestRefresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PaymentsPage::requestRefresh);
}

void PaymentsPage::retranslate()
{
    AdminListPage::retranslate();
    setChoices(
        m_method, tr("All methods"),
        {QStringLiteral("paypal"), QStringLiteral("mtn_momo"), QStringLiteral("bank_transfer")},
        &PaymentsModel::methodLabel);
    setChoices(m_status, tr("All statuses"),
               {QStringLiteral("pending"), QStringLiteral("processing"),
                QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("refunded")},
               &PaymentsModel::statusLabel);
}

QUrlQuery PaymentsPage::filters() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("method"), choice(m_method));
    addFilter(query, QStringLiteral("status"), choice(m_status));
    return query;
}
