#include "ui/OrdersPage.h"

#include "models/OrdersModel.h"
#include "ui/StatusBadgeDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTableView>

OrdersPage::OrdersPage(OrdersModel& model, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::Orders, parent)
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    table()->setObjectName(QStringLiteral("ordersTable"));
    table()->setItemDelegateForColumn(OrdersModel::Status,
                                      new StatusBadgeDelegate(JsonRowsModel::StatusRole, this));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    filterRow()->insertWidget(0, m_search, 1);
    filterRow()->insertWidget(1, m_status);
    filterRow()->insertWidget(2, m_kind);
    retranslate();
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersPage::requestRefresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OrdersPage::requestRefresh);
    connect(m_search, &QLineEdit::textChanged, this, &OrdersPage::scheduleLoad);
    connect(m_search, &QLineEdit::returnPressed, this, &OrdersPage::requestRefresh);
}

void OrdersPage::retranslate()
{
    AdminListPage::retranslate();
    m_search->setPlaceholderText(tr("Order number, customer name or email (Ctrl+F)"));
    setChoices(m_status, tr("All statuses"),
               {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("processing"),
                QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                QStringLiteral("refunded")},
               &OrdersModel::statusLabel);
    setChoices(m_kind, tr("All kinds"),
               {QStringLiteral("new"), QStringLiteral("renewal"), QStringLiteral("upgrade")},
               &OrdersModel::kindLabel);
}

QLineEdit* OrdersPage::searchField() const
{
    return m_search;
}

QUrlQuery OrdersPage::filters() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("status"), choice(m_status));
    addFilter(query, QStringLiteral("kind"), choice(m_kind));
    addFilter(query, QStringLiteral("q"), m_search->text());
    return query;
}
