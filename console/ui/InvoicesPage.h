#pragma once

#include "ui/AdminListPage.h"

class InvoicesModel;

// Every organization's invoices, filtered by status and number; a draft or issued invoice can be
// voided with a reason (Void…, or the Delete key).
class InvoicesPage final : public AdminListPage
{
    Q_OBJECT

public:
    explicit InvoicesPage(InvoicesModel& model, QWidget* parent = nullptr);

    QUrlQuery filters() const override;
    bool canVoidSelected() const;

signals:
    void voidRequested(qint64 invoiceId, const QString& reason);

public slots:
    void showRefusal(const QString& message);

protected:
    void retranslate() override;
    void updateActions() override;
    void deleteSelected() override;
    QLineEdit* searchField() const override;

private:
    void askVoid();

    QComboBox* m_status;
    QLineEdit* m_number;
    QPushButton* m_void;
};
