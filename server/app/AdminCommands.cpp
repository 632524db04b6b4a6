#include "app/AdminCommands.h"

#include "api/Routes.h"
#include "app/Services.h"
#include "auth/PasswordHasher.h"
#include "catalog/PlanCatalog.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

#include <iostream>
#include <regex>
#include <termios.h>
#include <unistd.h>

namespace ebm::app
{

namespace
{

constexpr std::size_t kMinStaffPasswordLength = 12;

// Reads one line from standard input, without echo when it is a terminal.
std::string readPasswordFromStdin(std::ostream& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        prompt << "Password: " << std::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string password;
    std::getline(std::cin, password);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        prompt << '\n';
    }
    return password;
}

bool looksLikeEmail(const std::string& email)
{
    static const std::regex pattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    return std::regex_match(email, pattern);
}

} // namespace

AdminCommands::AdminCommands(const Settings& settings, std::ostream& out, std::ostream& err)
    : m_settings(settings)
    , m_out(out)
    , m_err(err)
{
}

int AdminCommands::migrate()
{
    Services services(m_settings);
    const auto result = services.migrate();
    if (result.fromVersion == result.toVersion)
        m_out << "Database " << m_settings.databasePath << " is up to date (schema version "
              << result.toVersion << ").\n";
    else
        m_out << "Migrated " << m_settings.databasePath << " from schema version "
              << result.fromVersion << " to " << result.toVersion << ".\n";
    return 0;
}

int AdminCommands::routes()
{
    Services services(m_settings);
    m_out << api::describeRoutes(services.router()) << '\n';
    return 0;
}

int AdminCommands::deliverOutbox()
{
    Services services(m_settings);
    services.migrate();
    const auto counts = services.outboxDelivery().runOnce();
    m_out << "Outbox: " << counts.sent << " sent, " << counts.retried << " to retry, "
          << counts.failed << " failed.\n";
    return 0;
}

int AdminCommands::checkExpirations()
{
    Services services(m_settings);
    services.migrate();
    const auto run = services.periodEnd().run("cli");
    const auto& counts = run.counts;
    m_out << "check-expirations: " << run.record.itemsProcessed << " organizations examined, "
          << counts.downgraded << " downgraded, " << counts.cancelled << " cancelled, "
          << counts.overdueNotices << " overdue notices, " << counts.suspended << " suspended, "
          << counts.expired << " expired, " << run.record.itemsFailed << " failed.\n";
    return run.record.itemsFailed == 0 ? 0 : 1;
}

int AdminCommands::reconcilePayments()
{
    Services services(m_settings);
    services.migrate();
    const auto run = services.payments().reconcile("cli");
    const auto& counts = run.counts;
    m_out << "reconcile-payments: " << counts.checked << " payments checked, " << counts.completed
          << " completed, " << counts.failed << " failed, " << counts.givenUp << " given up, "
          << counts.ordersExpired << " orders expired, " << run.record.itemsFailed << " errors.\n";
    return run.record.itemsFailed == 0 ? 0 : 1;
}

int AdminCommands::createPlans()
{
    const auto plans = catalog::PlanCatalog::load(m_settings.catalogFile);
    Services services(m_settings);
    services.migrate();
    Poco::Data::Session session = services.database().session();
    store::WriteTransaction transaction(session);
    const int created = store::PlanRepository(session).insertMissing(plans, services.clock().now());
    transaction.commit();
    if (created == 0)
        m_out << "No plans created: all " << plans.size() << " catalog plans already exist.\n";
    else
        m_out << "Created " << created << " plan(s); "
              << plans.size() - static_cast<std::size_t>(created) << " already existed.\n";
    return 0;
}

int AdminCommands::createStaff(const std::string& email, std::optional<std::string> password)
{
    if (!looksLikeEmail(email)) {
        m_err << "create-staff: --email must be an email address, got \"" << email << "\".\n";
        return 2;
    }
    if (!password)
        password = readPasswordFromStdin(m_err);
    if (password->size() < kMinStaffPasswordLength) {
        m_err << "create-staff: the password must have at least " << kMinStaffPasswordLength
              << " characters.\n";
        return 2;
    }
    Services services(m_settings);
    services.migrate();
    const std::string hash = auth::PasswordHasher(m_settings.passwordIterations).hash(*password);
    Poco::Data::Session session = services.database().session();
    store::WriteTransaction transaction(session);
    const auto outcome =
        store::UserRepository(session).upsertStaff(email, hash, services.clock().now());
    transaction.commit();
    m_out << (outcome == store::UserRepository::StaffOutcome::Created ? "Created staff user "
                                                                      : "Made staff user ")
          << email << ".\n";
    return 0;
}

} // namespace ebm::app
