#pragma once

#include "store/OutboxRepository.h"

#include <string>

namespace ebm::mail
{

// Renders the account emails (password reset, invitation, set-password link) in the recipient's
// language through the Linguist files, as outbox rows ready to queue.
class EmailComposer final
{
public:
    explicit EmailComposer(std::string publicBaseUrl);

    store::OutboundEmail passwordReset(const std::string& locale, const std::string& recipient,
                                       const std::string& token) const;
    store::OutboundEmail invitation(const std::string& locale, const std::string& recipient,
                                    const std::string& organizationName,
                                    const std::string& inviterName, const std::string& token) const;
    store::OutboundEmail setPassword(const std::string& locale, const std::string& recipient,
                                     const std::string& organizationName,
                                     const std::string& token) const;

private:
    std::string link(const std::string& path, const std::string& token) const;

    std::string m_publicBaseUrl;
};

} // namespace ebm::mail
