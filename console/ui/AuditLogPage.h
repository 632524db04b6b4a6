#pragma once

#include "ui/AdminListPage.h"

class AuditLogModel;
class QPlainTextEdit;

// The audit log, read-only: filtered by actor (id or email), organization and action (exact or a
// prefix such as organization.*); the selected entry's reason and before/after states are shown
// beside the table.
class AuditLogPage final : public AdminListPage
{
    Q_OBJECT

public:
    explicit AuditLogPage(AuditLogModel& model, QWidget* parent = nullptr);

    QUrlQuery filters() const override;
    QString detailText() const;

protected:
    void retranslate() override;
    void updateActions() override;
    QLineEdit* searchField() const override;

private:
    AuditLogModel& m_model;
    QLineEdit* m_actor;
    QLineEdit* m_organization;
    QLineEdit* m_action;
    QPlainTextEdit* m_detail;
};
