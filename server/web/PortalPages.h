#pragma once

#include "domain/BasisPoints.h"
#include "domain/Clock.h"
#include "payments/PaymentService.h"
#include "services/InvoiceService.h"
#include "services/LifecycleService.h"
#include "services/OrganizationService.h"
#include "services/PlanChangeService.h"
#include "services/PlanService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"
#include "web/PortalInvoicesController.h"
#include "web/PortalLayout.h"
#include "web/PortalMembersController.h"
#include "web/PortalNotificationsController.h"
#include "web/PortalOverviewController.h"
#include "web/PortalPaymentsController.h"
#include "web/PortalPlanController.h"
#include "web/PortalSettingsController.h"

namespace ebm::web
{

// The customer portal under /account/: its page controllers and the frame they share, built
// together so the server wires one object.
class PortalPages final
{
public:
    // The services the portal pages call.
    struct Services
    {
        services::OrganizationService& organizations;
        services::InvoiceService& invoices;
        payments::PaymentService& payments;
        services::PlanService& plans;
        services::PlanChangeService& planChanges;
        services::LifecycleService& lifecycle;
        services::NotificationService& notifications;
    };

    struct Options
    {
        bool secureCookies = false;
        BasisPoints taxRate; // what an upgrade order adds to its prorated charge
    };

    PortalPages(const Services& services, const Clock& clock, const PageRenderer& renderer,
                const CsrfTokens& csrf, Options options);

    PortalOverviewController& overview()
    {
        return m_overview;
    }
    PortalSettingsController& settings()
    {
        return m_settings;
    }
    PortalMembersController& members()
    {
        return m_members;
    }
    PortalInvoicesController& invoices()
    {
        return m_invoices;
    }
    PortalPaymentsController& payments()
    {
        return m_payments;
    }
    PortalPlanController& plan()
    {
        return m_plan;
    }
    PortalNotificationsController& notifications()
    {
        return m_notifications;
    }

private:
    PortalLayout m_layout;
    PortalOverviewController m_overview;
    PortalSettingsController m_settings;
    PortalMembersController m_members;
    PortalInvoicesController m_invoices;
    PortalPaymentsController m_payments;
    PortalPlanController m_plan;
    PortalNotificationsController m_notifications;
};

} // namespace ebm::web
