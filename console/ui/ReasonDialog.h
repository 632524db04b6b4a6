#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;

// Asks staff why they act (suspending, cancelling, activating…): the reason is required and
// goes to the audit log, and for some actions to the customer.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    QString reason() const;
    // Adds a labelled field above the reason (for example the days of an extension).
    void addField(const QString& label, QWidget* field);

private:
    void updateButtons();

    QPlainTextEdit* m_reason;
    QFormLayout* m_fields;
    QDialogButtonBox* m_buttons;
};
