#pragma once

#include <string>

namespace ebm::test
{

// Direct reads and writes of a server's SQLite file, for checks the API does not expose
// (row counts, audit entries, hashes) and for setting up states (an organization's status).

// The first column of the first row as text; "" when there is no row or it is NULL.
std::string queryScalar(const std::string& databasePath, const std::string& sql);
// Runs SQL that changes the database; throws std::runtime_error with SQLite's message on failure.
void executeSql(const std::string& databasePath, const std::string& sql);

} // namespace ebm::test
