#include "store/OutboxRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/Statement.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

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
    return insert.execute() > 0;
}

} // namespace ebm::store
