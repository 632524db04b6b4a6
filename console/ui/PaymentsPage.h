#pragma once

#include "ui/AdminListPage.h"

class PaymentsModel;

// Every organization's payments, read-only: filtered by method and status.
class PaymentsPage final : public AdminListPage
{
    Q_OBJECT

public:
    explicit PaymentsPage(PaymentsModel& model, QWidget* parent = nullptr);

    QUrlQuery filters() const override;

protected:
    void retranslate() override;

private:
    QComboBox* m_method;
    QComboBox* m_status;
};
