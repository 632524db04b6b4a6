#include "app/AdminCommands.h"

#include "api/Routes.h"
#include "app/Services.h"
#include "auth/PasswordHasher.h"
#include "catalog/PlanCatalog.h"
#include "store/PlanRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

#include <Poco/String.h>
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

int AdminCommands::runJob(const std::string& job)
{
    Services services(m_settings);
    services.migrate();
    try {
        const auto result =
            services.jobRunner().run(job, jobs::JobTrigger::Cli, std::nullopt, "cli");
        printRun(result);
        return result.record.itemsFailed == 0 ? 0 : 1;
    } catch (const jobs::JobBusy& busy) {
        m_err << job << ": not started: " << busy.what()
              << ". It does its work once; try again when that run has finished.\n";
        return kExitJobRunning;
    }
}

void AdminCommands::printRun(const jobs::JobResult& result)
{
    const auto& record = result.record;
    m_out << record.job << ": run " << record.id << " " << record.outcome << ", "
          << record.itemsProcessed << " processed, " << record.itemsFailed << " failed";
    const char* separator = "; ";
    for (const auto& [name, count] : result.counts) {
        m_out << separator << count << ' ' << Poco::replace(name, "_", " ");
        separator = ", ";
    }
    m_out << ".\n";
    if (!record.message.empty())
        m_err << record.job << ": " << record.message << '\n';
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
