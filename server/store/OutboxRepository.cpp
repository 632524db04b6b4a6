#include "store/OutboxRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/LOB.h>
#include <Poco/Data/Statement.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

QueuedEmail queuedFromRow(Poco::Data::RecordSet& rows)
{
    QueuedEmail queued;
    queued.id = rows["id"].convert<std::int64_t>();
    queued.email.templateName = text(rows, "template");
    queued.email.locale = text(rows, "locale");
    queued.email.recipient = text(rows, "recipient");
    queued.email.subject = text(rows, "subject");
    queued.email.bodyText = text(rows, "body_text");
    queued.email.bodyHtml = text(rows, "body_html");
    queued.email.organizationId = text(rows, "organization_id");
    queued.email.dedupeKey = text(rows, "dedupe_key");
    queued.attempts = rows["attempts"].convert<int>();
    queued.createdAt = parseIso8601(text(rows, "created_at"));
    return queued;
}

} // namespace

OutboxRepository::OutboxRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

bool OutboxRepository::enqueue(const OutboundEmail& email, std::chrono::sys_seconds at)
{
    std::string templateName = email.templateName, locale = email.locale,
                recipient = email.recipient, subject = email.subject, text = email.bodyText,
                timestamp = formatIso8601(at);
    auto html = nullable(email.bodyHtml), organization = nullable(email.organizationId),
         dedupe = nullable(email.dedupeKey);
    Poco::Data::Statement insert(m_session);
    insert << "INSERT INTO email_outbox (template, locale, recipient, subject, body_text, "
              "body_html, organization_id, "
              "dedupe_key, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (dedupe_key) DO NOTHING",
        use(templateName), use(locale), use(recipient), use(subject), use(text), use(html),
        use(organization), use(dedupe), use(timestamp), use(timestamp);
    if (insert.execute() == 0)
        return false;
    if (!email.attachments.empty()) {
        Poco::Int64 id = 0;
        m_session << "SELECT last_insert_rowid()", into(id), now;
        insertAttachments(id, email.attachments);
    }
    return true;
}

void OutboxRepository::insertAttachments(std::int64_t emailId,
                                         const std::vector<EmailAttachment>& attachments)
{
    Poco::Int64 id = emailId;
    int position = 0;
    for (const EmailAttachment& attachment : attachments) {
        int boundPosition = ++position;
        std::string name = attachment.fileName, type = attachment.contentType;
        Poco::Data::BLOB content(reinterpret_cast<const unsigned char*>(attachment.content.data()),
                                 attachment.content.size());
        m_session << "INSERT INTO email_attachments (email_id, position, file_name, content_type, "
                     "content) VALUES (?, ?, ?, ?, ?)",
            use(id), use(boundPosition), use(name), use(type), use(content), now;
    }
}

std::vector<EmailAttachment> OutboxRepository::attachmentsOf(std::int64_t emailId)
{
    Poco::Int64 id = emailId;
    std::vector<std::string> names, types;
    std::vector<Poco::Data::BLOB> contents;
    m_session << "SELECT file_name, content_type, content FROM email_attachments WHERE "
                 "email_id = ? ORDER BY position",
        use(id), into(names), into(types), into(contents), now;
    std::vector<EmailAttachment> attachments;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto& bytes = contents[i].content();
        attachments.push_back({names[i], types[i], std::string(bytes.begin(), bytes.end())});
    }
    return attachments;
}

std::optional<std::int64_t> OutboxRepository::oldestDue(const std::string& at)
{
    std::string due = at;
    Poco::Nullable<Poco::Int64> id;
    m_session << "SELECT id FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ? "
                 "ORDER BY next_attempt_at, id LIMIT 1",
        use(due), into(id), Poco::Data::Keywords::now;
    if (id.isNull())
        return std::nullopt;
    return id.value();
}

std::optional<QueuedEmail> OutboxRepository::claimDue(std::chrono::sys_seconds now,
                                                      std::chrono::sys_seconds leaseUntil)
{
    const auto due = oldestDue(formatIso8601(now));
    if (!due)
        return std::nullopt;
    Poco::Int64 id = *due;
    std::string lease = formatIso8601(leaseUntil);
    Poco::Data::Statement claim(m_session);
    claim << "UPDATE email_outbox SET status = 'sending', attempts = attempts + 1, "
             "next_attempt_at = ? WHERE id = ? AND status = 'queued'",
        use(lease), use(id);
    if (claim.execute() == 0)
        return std::nullopt;
    Poco::Data::Statement select(m_session);
    select << "SELECT id, template, locale, recipient, subject, body_text, body_html, "
              "organization_id, dedupe_key, attempts, created_at FROM email_outbox WHERE id = ?",
        use(id);
    QueuedEmail queued = rowsOf(select, &queuedFromRow).front();
    queued.email.attachments = attachmentsOf(queued.id);
    return queued;
}

int OutboxRepository::releaseExpiredClaims(std::chrono::sys_seconds now, int maxAttempts)
{
    std::string at = formatIso8601(now), error = "Interrupted while sending.";
    int limit = maxAttempts;
    Poco::Data::Statement fail(m_session);
    fail << "UPDATE email_outbox SET status = 'failed', last_error = ?, next_attempt_at = NULL "
            "WHERE status = 'sending' AND next_attempt_at <= ? AND attempts >= ?",
        use(error), use(at), use(limit);
    const int failed = static_cast<int>(fail.execute());
    Poco::Data::Statement requeue(m_session);
    requeue << "UPDATE email_outbox SET status = 'queued', last_error = ?, next_attempt_at = ? "
               "WHERE status = 'sending' AND next_attempt_at <= ?",
        use(error), use(at), use(at);
    requeue.execute();
    return failed;
}

void OutboxRepository::markSent(std::int64_t id, std::chrono::sys_seconds at)
{
    Poco::Int64 row = id;
    std::string timestamp = formatIso8601(at);
    m_session << "UPDATE email_outbox SET status = 'sent', sent_at = ?, next_attempt_at = NULL, "
                 "last_error = NULL WHERE id = ? AND status = 'sending'",
        use(timestamp), use(row), Poco::Data::Keywords::now;
}

void OutboxRepository::markRetry(std::int64_t id, const std::string& error,
                                 std::chrono::sys_seconds nextAttempt)
{
    Poco::Int64 row = id;
    std::string message = error, next = formatIso8601(nextAttempt);
    m_session << "UPDATE email_outbox SET status = 'queued', last_error = ?, next_attempt_at = ? "
                 "WHERE id = ? AND status = 'sending'",
        use(message), use(next), use(row), Poco::Data::Keywords::now;
}

void OutboxRepository::markFailed(std::int64_t id, const std::string& error)
{
    Poco::Int64 row = id;
    std::string message = error;
    m_session << "UPDATE email_outbox SET status = 'failed', last_error = ?, "
                 "next_attempt_at = NULL WHERE id = ? AND status = 'sending'",
        use(message), use(row), Poco::Data::Keywords::now;
}

} // namespace ebm::store
