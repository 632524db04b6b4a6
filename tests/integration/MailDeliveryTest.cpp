// Outbox delivery by the real binary: `ebm-server deliver-outbox` over SMTP to a real local SMTP
// server (aiosmtpd), one that is down and one that refuses; and the background delivery of
// `serve` to .eml files.
#include "OutboxRows.h"
#include "ServerProcess.h"
#include "SmtpSink.h"
#include "TempDir.h"
#include "TenantFixture.h"

#include <Poco/File.h>
#include <Poco/JSON/Array.h>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace ebm::test
{
namespace
{

const std::string kResetSubject = "Réinitialisez votre mot de passe ESXi Backup Manager Cloud";

class MailDeliveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seedPlansAndStaff(m_dir.path());
    }

    // Staff asks for a password reset through a server that does not deliver by itself.
    void requestPasswordReset()
    {
        ServerProcess server(m_dir.path(), {"--define=mail.interval_seconds=0"}, fastPasswords());
        const auto answer = server.client().post("/api/auth/password-reset/",
                                                 R"({"email":")" + kStaffEmail + R"("})");
        ASSERT_EQ(answer.status, 202) << answer.body;
        ASSERT_EQ(newestOutboxRow(m_dir.path()).status, "queued");
    }

    CommandResult deliverOverSmtp(unsigned short port)
    {
        return ServerProcess::run({"deliver-outbox", "--data-dir=" + m_dir.path(),
                                   "--define=mail.sender=smtp", "--define=smtp.host=127.0.0.1",
                                   "--define=smtp.port=" + std::to_string(port)},
                                  fastPasswords());
    }

    TempDir m_dir;
};

TEST_F(MailDeliveryTest, DeliverOutboxSendsThePasswordResetOverSmtpOnce)
{
    requestPasswordReset();
    SmtpSink sink(m_dir.file("smtp"));

    const auto first = deliverOverSmtp(sink.port());
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("1 sent, 0 retried, 0 failed"), std::string::npos) << first.output;
    const auto messages = sink.messages();
    ASSERT_EQ(messages.size(), 1u);
    const auto& message = messages.front();
    EXPECT_EQ(message->getValue<std::string>("mail_from"), "no-reply@localhost");
    ASSERT_EQ(message->getArray("rcpt_tos")->size(), 1u);
    EXPECT_EQ(message->getArray("rcpt_tos")->getElement<std::string>(0), kStaffEmail);
    EXPECT_EQ(message->getValue<std::string>("subject"), kResetSubject);
    EXPECT_NE(message->getValue<std::string>("content").find("token=3D"), std::string::npos)
        << "the reset link, quoted-printable";
    EXPECT_EQ(newestOutboxRow(m_dir.path()).status, "sent");

    const auto second = deliverOverSmtp(sink.port());
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_NE(second.output.find("0 sent, 0 retried, 0 failed"), std::string::npos)
        << second.output;
    EXPECT_EQ(sink.messages().size(), 1u);
}

TEST_F(MailDeliveryTest, AnSmtpServerThatIsDownLeavesTheEmailQueued)
{
    requestPasswordReset();
    const auto result = deliverOverSmtp(SmtpSink::unusedPort());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("0 sent, 1 retried, 0 failed"), std::string::npos)
        << result.output;
    const OutboxRow row = newestOutboxRow(m_dir.path());
    EXPECT_EQ(row.status, "queued");
    EXPECT_EQ(row.attempts, 1);
    EXPECT_FALSE(row.lastError.empty());
    EXPECT_EQ(row.templateName, "password_reset");
}

TEST_F(MailDeliveryTest, AnSmtpServerThatRefusesGetsTheEmailAgainLater)
{
    requestPasswordReset();
    SmtpSink sink(m_dir.file("smtp"), "550 5.7.1 Message refused by policy");
    const auto result = deliverOverSmtp(sink.port());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("0 sent, 1 retried, 0 failed"), std::string::npos)
        << result.output;
    const OutboxRow row = newestOutboxRow(m_dir.path());
    EXPECT_EQ(row.status, "queued");
    EXPECT_EQ(row.attempts, 1);
    EXPECT_NE(row.lastError.find("refused by policy"), std::string::npos) << row.lastError;
    EXPECT_TRUE(sink.messages().empty());
}

TEST_F(MailDeliveryTest, ServeDeliversInTheBackgroundToEmlFilesAndStopsCleanly)
{
    ServerProcess server(m_dir.path(), {"--define=mail.interval_seconds=1"}, fastPasswords());
    const auto answer =
        server.client().post("/api/auth/password-reset/", R"({"email":")" + kStaffEmail + R"("})");
    ASSERT_EQ(answer.status, 202) << answer.body;
    const Poco::File eml(m_dir.file("mail/1-password_reset.eml"));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    // The file is written before the row is marked sent: wait for both.
    const auto delivered = [&] {
        return eml.exists() && newestOutboxRow(m_dir.path()).status == "sent";
    };
    while (!delivered() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_TRUE(eml.exists()) << server.log();
    EXPECT_EQ(newestOutboxRow(m_dir.path()).status, "sent");
    EXPECT_EQ(server.stop(), 0) << server.log();
}

} // namespace
} // namespace ebm::test
