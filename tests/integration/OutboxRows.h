#pragma once

#include <string>

namespace ebm::test
{

// The newest row of the email outbox (table email_outbox of <dataDir>/ebm.sqlite3), read
// directly; `status` is empty when there is none.
struct OutboxRow
{
    std::string status;
    int attempts = 0;
    std::string lastError;
    std::string templateName;
    std::string recipient;
};

OutboxRow newestOutboxRow(const std::string& dataDir);

} // namespace ebm::test
