#pragma once

#include "app/Settings.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace ebm::app
{

// The management subcommands run once from the command line: migrate, create-plans,
// create-staff, routes, deliver-outbox, check-expirations,
// reconcile-payments. Each prints what it did and returns a
// process exit code.
class AdminCommands final
{
public:
    AdminCommands(const Settings& settings, std::ostream& out, std::ostream& err);

    int migrate();
    int createPlans();
    int routes();
    int deliverOutbox();
    int checkExpirations();
    int reconcilePayments();
    int createStaff(const std::string& email, std::optional<std::string> password);

private:
    const Settings& m_settings;
    std::ostream& m_out;
    std::ostream& m_err;
};

} // namespace ebm::app
