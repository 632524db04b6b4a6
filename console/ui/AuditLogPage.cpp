#include "ui/AuditLogPage.h"

#include "models/AuditLogModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

AuditLogPage::AuditLogPage(AuditLogModel& model, QWidget* parent)
    : AdminListPage(model, ConsolePages::Page::AuditLog, parent)
    , m_model(model)
    , m_actor(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    table()->setObjectName(QStringLiteral("auditLogTable"));
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_action->setObjectName(QStringLiteral("search"));
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFont(QStringLiteral("monospace")));
    int at = 0;
    for (QLineEdit* filter : {m_action, m_actor, m_organization}) {
        filter->setClearButtonEnabled(true);
        filterRow()->insertWidget(at++, filter, 1);
        connect(filter, &QLineEdit::textChanged, this, &AuditLogPage::scheduleLoad);
        connect(filter, &QLineEdit::returnPressed, this, &AuditLogPage::requestRefresh);
    }
    setDetail(m_detail);
    retranslate();
}

void AuditLogPage::retranslate()
{
    AdminListPage::retranslate();
    m_action->setPlaceholderText(tr("Action, or a prefix: organization.* (Ctrl+F)"));
    m_actor->setPlaceholderText(tr("Actor email or id"));
    m_organization->setPlaceholderText(tr("Organization id"));
    m_detail->setPlaceholderText(tr("Select an entry to see what it changed."));
}

QLineEdit* AuditLogPage::searchField() const
{
    return m_action;
}

QUrlQuery AuditLogPage::filters() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("action"), m_action->text());
    addFilter(query, QStringLiteral("actor"), m_actor->text());
    addFilter(query, QStringLiteral("organization"), m_organization->text());
    return query;
}

void AuditLogPage::updateActions()
{
    m_detail->setPlainText(m_model.detailText(m_model.rowOfId(selectedId())));
}

QString AuditLogPage::detailText() const
{
    return m_detail->toPlainText();
}
