#include "DatabaseProbe.h"

#include <sqlite3.h>
#include <stdexcept>

namespace ebm::test
{

namespace
{

constexpr int kBusyTimeoutMs = 5000;

sqlite3* open(const std::string& databasePath)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(databasePath.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + databasePath);
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return db;
}

} // namespace

std::string queryScalar(const std::string& databasePath, const std::string& sql)
{
    sqlite3* db = open(databasePath);
    sqlite3_stmt* statement = nullptr;
    std::string value;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0) != nullptr)
        value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

void executeSql(const std::string& databasePath, const std::string& sql)
{
    sqlite3* db = open(databasePath);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error("SQL failed: " + message);
}

} // namespace ebm::test
