#include "app/JobCatalog.h"

namespace ebm::app
{

namespace
{

jobs::JobDefinition checkExpirations(const Settings& settings,
                                     services::PeriodEndService& periodEnd)
{
    jobs::JobDefinition job;
    job.name = "check-expirations";
    job.schedule = jobs::JobSchedule::daily(settings.checkExpirationsHour);
    job.scheduled = settings.schedulerEnabled;
    job.work = [&periodEnd](store::JobRunRecord& record, const std::string& requestId) {
        const auto counts = periodEnd.run(record, requestId);
        return jobs::JobCounts{
            {"reminders", counts.reminders}, {"downgraded", counts.downgraded},
            {"cancelled", counts.cancelled}, {"overdue_notices", counts.overdueNotices},
            {"suspended", counts.suspended}, {"expired", counts.expired}};
    };
    return job;
}

jobs::JobDefinition reconcilePayments(const Settings& settings, payments::PaymentService& payments)
{
    jobs::JobDefinition job;
    job.name = "reconcile-payments";
    job.schedule = jobs::JobSchedule::every(settings.reconcilePaymentsInterval);
    job.scheduled = settings.schedulerEnabled;
    job.work = [&payments](store::JobRunRecord& record, const std::string& requestId) {
        const auto counts = payments.reconcile(record, requestId);
        return jobs::JobCounts{{"checked", counts.checked},
                               {"completed", counts.completed},
                               {"failed", counts.failed},
                               {"given_up", counts.givenUp},
                               {"orders_expired", counts.ordersExpired}};
    };
    return job;
}

jobs::JobDefinition updateMetrics(const Settings& settings,
                                  services::UsageMetricsService& usageMetrics)
{
    jobs::JobDefinition job;
    job.name = "update-metrics";
    job.schedule = jobs::JobSchedule::every(settings.updateMetricsInterval);
    job.scheduled = settings.schedulerEnabled;
    job.work = [&usageMetrics](store::JobRunRecord& record, const std::string&) {
        const auto counts = usageMetrics.run(record);
        return jobs::JobCounts{{"organizations", counts.organizations},
                               {"thresholds_crossed", counts.thresholdsCrossed}};
    };
    return job;
}

jobs::JobDefinition generateInvoices(const Settings& settings,
                                     services::RenewalInvoicing& renewalInvoicing)
{
    jobs::JobDefinition job;
    job.name = "generate-invoices";
    job.schedule = jobs::JobSchedule::daily(settings.checkExpirationsHour);
    job.scheduled = settings.schedulerEnabled;
    job.work = [&renewalInvoicing](store::JobRunRecord& record, const std::string& requestId) {
        const auto counts = renewalInvoicing.run(record, requestId);
        return jobs::JobCounts{{"invoices", counts.invoices}, {"orders", counts.orders}};
    };
    return job;
}

jobs::JobDefinition processRenewals(const Settings& settings,
                                    services::RenewalPayments& renewalPayments)
{
    jobs::JobDefinition job;
    job.name = "process-renewals";
    job.schedule = jobs::JobSchedule::daily(settings.checkExpirationsHour);
    job.scheduled = settings.schedulerEnabled;
    job.work = [&renewalPayments](store::JobRunRecord& record, const std::string& requestId) {
        const auto counts = renewalPayments.run(record, requestId);
        return jobs::JobCounts{{"started", counts.started},
                               {"invoice_only", counts.invoiceOnly},
                               {"failed", counts.failed}};
    };
    return job;
}

jobs::JobDefinition deliverOutbox(const Settings& settings, mail::OutboxDelivery& outbox)
{
    jobs::JobDefinition job;
    job.name = "deliver-outbox";
    if (settings.mailIntervalSeconds > 0)
        job.schedule = jobs::JobSchedule::every(std::chrono::seconds(settings.mailIntervalSeconds));
    job.scheduled = settings.mailIntervalSeconds > 0;
    job.work = [&outbox](store::JobRunRecord& record, const std::string&) {
        const auto counts = outbox.runOnce();
        record.itemsProcessed = counts.sent + counts.retried + counts.failed;
        return jobs::JobCounts{
            {"sent", counts.sent}, {"retried", counts.retried}, {"failed", counts.failed}};
    };
    job.requestStop = [&outbox] { outbox.requestStop(); };
    job.keepIdleScheduledRuns = false;
    return job;
}

jobs::JobDefinition deliverWebhooks(const Settings& settings, webhooks::WebhookDelivery& webhooks)
{
    jobs::JobDefinition job;
    job.name = "deliver-webhooks";
    job.schedule = jobs::JobSchedule::every(std::chrono::minutes(1));
    job.scheduled = settings.schedulerEnabled;
    job.work = [&webhooks](store::JobRunRecord& record, const std::string&) {
        const auto counts = webhooks.runOnce();
        record.itemsProcessed = counts.delivered + counts.retried + counts.failed;
        return jobs::JobCounts{{"delivered", counts.delivered},
                               {"retried", counts.retried},
                               {"failed", counts.failed}};
    };
    job.requestStop = [&webhooks] { webhooks.requestStop(); };
    job.keepIdleScheduledRuns = false;
    return job;
}

} // namespace

std::vector<jobs::JobDefinition> jobCatalog(const Settings& settings, const JobServices& services)
{
    return {checkExpirations(settings, services.periodEnd),
            reconcilePayments(settings, services.payments),
            updateMetrics(settings, services.usageMetrics),
            generateInvoices(settings, services.renewalInvoicing),
            processRenewals(settings, services.renewalPayments),
            deliverOutbox(settings, services.outbox),
            deliverWebhooks(settings, services.webhooks)};
}

} // namespace ebm::app
