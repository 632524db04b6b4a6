#include "ui/InvoicesPage.h"

#include "models/InvoicesModel.h"
#include "ui/ReasonDialog.h"
#include "ui/StatusBadgeDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

InvoicesPage::InvoicesPage(InvoicesModel& model, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::Invoices, parent)
    , m_status(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_void(new QPushButton(this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    table()->setObjectName(QStringLiteral("invoicesTable"));
    table()->setItemDelegateForColumn(InvoicesModel::Status,
                                      new StatusBadgeDelegate(JsonRowsModel::StatusRole, this));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_number->setObjectName(QStringLiteral("search"));
    m_number->setClearButtonEnabled(true);
    m_void->setObjectName(QStringLiteral("void"));
    filterRow()->insertWidget(0, m_number, 1);
    filterRow()->insertWidget(1, m_status);
    actionRow()->insertWidget(0, m_void);
    retranslate();
    updateActions();
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesPage::requestRefresh);
    connect(m_number, &QLineEdit::textChanged, this, &InvoicesPage::scheduleLoad);
    connect(m_number, &QLineEdit::returnPressed, this, &InvoicesPage::requestRefresh);
    connect(m_void, &QPushButton::clicked, this, &InvoicesPage::askVoid);
}

void InvoicesPage::retranslate()
{
    AdminListPage::retranslate();
    m_number->setPlaceholderText(tr("Invoice number (Ctrl+F)"));
    m_void->setText(tr("Void…"));
    m_void->setToolTip(tr("Only a draft or issued invoice can be voided; refund a paid one."));
    setChoices(m_status, tr("All statuses"),
               {QStringLiteral("draft"), QStringLiteral("issued"), QStringLiteral("paid"),
                QStringLiteral("void")},
               &InvoicesModel::statusLabel);
}

QLineEdit* InvoicesPage::searchField() const
{
    return m_number;
}

QUrlQuery InvoicesPage::filters() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("status"), choice(m_status));
    addFilter(query, QStringLiteral("number"), m_number->text());
    return query;
}

bool InvoicesPage::canVoidSelected() const
{
    return InvoicesModel::canVoid(selectedRow().value(QStringLiteral("status")).toString());
}

void InvoicesPage::updateActions()
{
    m_void->setEnabled(canVoidSelected());
}

void InvoicesPage::deleteSelected()
{
    if (canVoidSelected())
        askVoid();
}

void InvoicesPage::askVoid()
{
    const QJsonObject invoice = selectedRow();
    ReasonDialog dialog(
        tr("Void invoice %1").arg(invoice.value(QStringLiteral("invoice_number")).toString()),
        tr("Why? The reason is stamped on the invoice's record and kept in the audit log."), this);
    if (dialog.exec() == QDialog::Accepted)
        emit voidRequested(invoice.value(QStringLiteral("id")).toInteger(), dialog.reason());
}

void InvoicesPage::showRefusal(const QString& message)
{
    warn(tr("The invoice was not voided"), message);
}
