#include "OutboxRows.h"

#include <sqlite3.h>

namespace ebm::test
{

namespace
{

std::string column(sqlite3_stmt* statement, int index)
{
    const unsigned char* text = sqlite3_column_text(statement, index);
    return text ? reinterpret_cast<const char*>(text) : "";
}

} // namespace

OutboxRow newestOutboxRow(const std::string& dataDir)
{
    OutboxRow row;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2((dataDir + "/ebm.sqlite3").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* statement = nullptr;
        const char* sql = "SELECT status, attempts, last_error, template, recipient "
                          "FROM email_outbox ORDER BY id DESC LIMIT 1";
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            row = OutboxRow{column(statement, 0), sqlite3_column_int(statement, 1),
                            column(statement, 2), column(statement, 3), column(statement, 4)};
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return row;
}

} // namespace ebm::test
