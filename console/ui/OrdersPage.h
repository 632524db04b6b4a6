#pragma once

#include "ui/AdminListPage.h"

class OrdersModel;

// Every organization's orders, read-only: filtered by status, kind and a search on the number,
// the customer's name or email.
class OrdersPage final : public AdminListPage
{
    Q_OBJECT

public:
    explicit OrdersPage(OrdersModel& model, QWidget* parent = nullptr);

    QUrlQuery filters() const override;

protected:
    void retranslate() override;
    QLineEdit* searchField() const override;

private:
    QComboBox* m_status;
    QComboBox* m_kind;
    QLineEdit* m_search;
};
