#include "TempDir.h"
#include "domain/Statuses.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/sqlite/Migrator.h"

#include <Poco/Data/DataException.h>
#include <gtest/gtest.h>

namespace ebm::store
{
namespace
{

using namespace Poco::Data::Keywords;

const std::chrono::sys_seconds kNow{std::chrono::seconds(1'780'000'000)};

class MigratorTest : public ::testing::Test
{
protected:
    bool accepts(const std::string& sql)
    {
        Poco::Data::Session session = m_database.session();
        try {
            session << "SAVEPOINT probe", now;
            session << sql, now;
            session << "ROLLBACK TO probe", now;
            session << "RELEASE probe", now;
            return true;
        } catch (const Poco::Data::DataException&) {
            session << "ROLLBACK TO probe", now;
            session << "RELEASE probe", now;
            return false;
        }
    }

    test::TempDir m_dir;
    Database m_database{m_dir.file("ebm.sqlite3"), 4};
};

TEST_F(MigratorTest, MigratesFromEmptyToLatestOnce)
{
    sqlite::Migrator migrator(m_database);
    const auto first = migrator.migrate(kNow);
    EXPECT_EQ(first.fromVersion, 0);
    EXPECT_EQ(first.toVersion, sqlite::Migrator::latestVersion());
    const auto second = migrator.migrate(kNow);
    EXPECT_EQ(second.fromVersion, second.toVersion);
}

TEST_F(MigratorTest, RefusesADatabaseNewerThanTheBinary)
{
    sqlite::Migrator migrator(m_database);
    migrator.migrate(kNow);
    Poco::Data::Session session = m_database.session();
    session << "INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')", now;
    try {
        migrator.migrate(kNow);
        FAIL() << "a newer schema must be refused";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Schema);
        EXPECT_NE(std::string(error.what()).find("999"), std::string::npos);
    }
}

TEST_F(MigratorTest, SessionsEnforceForeignKeysAndWal)
{
    sqlite::Migrator(m_database).migrate(kNow);
    Poco::Data::Session session = m_database.session();
    int foreignKeys = 0;
    std::string journal;
    session << "PRAGMA foreign_keys", into(foreignKeys), now;
    session << "PRAGMA journal_mode", into(journal), now;
    EXPECT_EQ(foreignKeys, 1);
    EXPECT_EQ(journal, "wal");
    EXPECT_FALSE(
        accepts("INSERT INTO organization_members (organization_id, user_id, role, created_at) "
                "VALUES ('00000000-0000-0000-0000-000000000000', 1, 'owner', 'now')"));
}

class SchemaConstraintsTest : public MigratorTest
{
protected:
    void SetUp() override
    {
        sqlite::Migrator(m_database).migrate(kNow);
        Poco::Data::Session session = m_database.session();
        session << "INSERT INTO plans (id, slug, name, tier, currency, monthly_price_minor, "
                   "yearly_price_minor, "
                   "support_level, retention_days, max_restore_points, created_at, updated_at) "
                   "VALUES (1, 'p', 'P', 'bronze', 'EUR', 100, 1000, 'email', 1, 1, 't', 't')",
            now;
        session
            << "INSERT INTO organizations (id, name, slug, contact_email, created_at, updated_at) "
               "VALUES ('11111111-1111-1111-1111-111111111111', 'Org', 'org', 'o@x.io', 't', 't')",
            now;
    }

    static std::string orderWithStatus(std::string_view status, int total = 100)
    {
        return "INSERT INTO orders (order_number, plan_id, billing_cycle, status, customer_name, "
               "customer_email, "
               "currency, subtotal_minor, total_minor, created_at, updated_at) VALUES ('ORD-1', 1, "
               "'monthly', '" +
               std::string(status) + "', 'A', 'a@x.io', 'EUR', 100, " + std::to_string(total) +
               ", 't', 't')";
    }
};

TEST_F(SchemaConstraintsTest, EveryDomainStatusIsAcceptedAndNothingElse)
{
    for (const auto status : organizationStatusNames())
        EXPECT_TRUE(accepts("UPDATE organizations SET status = '" + std::string(status) + "'"))
            << status;
    for (const auto status : orderStatusNames())
        EXPECT_TRUE(accepts(orderWithStatus(status))) << status;
    EXPECT_FALSE(accepts("UPDATE organizations SET status = 'deleted'"));
    EXPECT_FALSE(accepts(orderWithStatus("shipped")));
}

TEST_F(SchemaConstraintsTest, PaymentAndInvoiceStatusesMatchTheDomain)
{
    Poco::Data::Session session = m_database.session();
    session << orderWithStatus("pending"), now;
    for (const auto status : paymentStatusNames()) {
        EXPECT_TRUE(accepts(
            "INSERT INTO payments (transaction_id, order_id, payment_method_id, status, currency, "
            "amount_minor, created_at, updated_at) VALUES ('T', 1, 1, '" +
            std::string(status) + "', 'EUR', 100, 't', 't')"))
            << status;
    }
    for (const auto status : invoiceStatusNames()) {
        EXPECT_TRUE(accepts(
            "INSERT INTO invoices (invoice_number, organization_id, status, currency, "
            "subtotal_minor, "
            "total_minor, seller_json, buyer_json, issued_at, void_reason, created_at, updated_at) "
            "VALUES ('INV-202608-00001', '11111111-1111-1111-1111-111111111111', '" +
            std::string(status) + "', 'EUR', 100, 100, '{}', '{}', 't', 'r', 't', 't')"))
            << status;
    }
}

TEST_F(SchemaConstraintsTest, MoneyAndTotalsAreChecked)
{
    EXPECT_FALSE(accepts(orderWithStatus("pending", 99)))
        << "total must equal subtotal - discount + tax";
    EXPECT_FALSE(accepts("UPDATE plans SET monthly_price_minor = -1"));
    EXPECT_FALSE(accepts("INSERT INTO invoice_sequences VALUES ('202608', 100000)"));
    EXPECT_TRUE(accepts("INSERT INTO invoice_sequences VALUES ('202608', 99999)"));
}

TEST_F(SchemaConstraintsTest, NumbersAndEmailsAreUnique)
{
    Poco::Data::Session session = m_database.session();
    session << orderWithStatus("pending"), now;
    EXPECT_FALSE(accepts(orderWithStatus("pending"))) << "order_number is unique";
    session
        << "INSERT INTO users (email, created_at, updated_at) VALUES ('ann@example.com', 't', 't')",
        now;
    EXPECT_FALSE(accepts(
        "INSERT INTO users (email, created_at, updated_at) VALUES ('ANN@example.com', 't', 't')"));
}

TEST_F(SchemaConstraintsTest, PaymentMethodsAreSeeded)
{
    Poco::Data::Session session = m_database.session();
    std::vector<std::string> codes;
    session << "SELECT code FROM payment_methods ORDER BY sort_order", into(codes), now;
    EXPECT_EQ(codes, (std::vector<std::string>{"paypal", "mtn_momo", "bank_transfer"}));
}

} // namespace
} // namespace ebm::store
