#pragma once

#include "ui/ConsolePages.h"

class AdminListLoader;
class AdminListPage;
class BackOffice;
class QWidget;

// Builds the back-office list pages (orders, payments, invoices, coupons, plans, audit log) and
// connects each to its loader and actions, so the main window only asks for a section's page.
class BackOfficePages final
{
public:
    BackOfficePages() = delete;

    // The page of `section`, or nullptr when it is not a back-office list.
    static AdminListPage* create(ConsolePages::Page section, BackOffice& office, QWidget* parent);

private:
    static void connectLoader(AdminListPage* page, AdminListLoader& loader);
    static AdminListPage* invoicesPage(BackOffice& office, QWidget* parent);
    static AdminListPage* couponsPage(BackOffice& office, QWidget* parent);
    static AdminListPage* plansPage(BackOffice& office, QWidget* parent);
};
