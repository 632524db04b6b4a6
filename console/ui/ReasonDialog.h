#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// Asks staff why they act (suspending, cancelling, activating…): the reason is required and
// goes to the audit log, and for some actions to the customer.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    QString reason() const;

private:
    void updateButtons();

    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
