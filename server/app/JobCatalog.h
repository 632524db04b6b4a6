#pragma once

#include "app/Settings.h"
#include "jobs/JobRunner.h"
#include "mail/OutboxDelivery.h"
#include "payments/PaymentService.h"
#include "services/PeriodEndService.h"
#include "services/RenewalInvoicing.h"
#include "services/RenewalPayments.h"
#include "services/UsageMetricsService.h"
#include "webhooks/WebhookDelivery.h"

#include <vector>

namespace ebm::app
{

// The server's jobs, one entry each: name, schedule from the settings, and the service call
// that does the work with the counts it reports.
//   check-expirations   daily at jobs.check_expirations_hour (UTC)
//   generate-invoices   daily at jobs.check_expirations_hour (UTC)
//   process-renewals    daily at jobs.check_expirations_hour (UTC)
//   reconcile-payments  every jobs.reconcile_payments_minutes
//   update-metrics      every jobs.update_metrics_hours
//   deliver-outbox      every mail.interval_seconds (0: not scheduled); its idle scheduled
//                       passes are not kept in job_runs
//   deliver-webhooks    every minute; its idle scheduled passes are not kept either
// The scheduler starts all but deliver-outbox and deliver-webhooks only when
// jobs.scheduler_enabled.
struct JobServices
{
    services::PeriodEndService& periodEnd;
    payments::PaymentService& payments;
    services::UsageMetricsService& usageMetrics;
    services::RenewalInvoicing& renewalInvoicing;
    services::RenewalPayments& renewalPayments;
    mail::OutboxDelivery& outbox;
    webhooks::WebhookDelivery& webhooks;
};
std::vector<jobs::JobDefinition> jobCatalog(const Settings& settings, const JobServices& services);

} // namespace ebm::app
