#include "mail/MimeMessage.h"

#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Timestamp.h>
#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

namespace ebm::mail
{

using Poco::Net::MailMessage;

namespace
{

constexpr const char* kPlainText = "text/plain; charset=UTF-8";
constexpr const char* kHtml = "text/html; charset=UTF-8";
// Encoded text per encoded-word, so each stays well under the 75-character limit.
constexpr std::size_t kMaxEncodedText = 45;

bool isPrintableAscii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return c >= 0x20 && c < 0x7f; });
}

// One byte in RFC 2047 "Q" encoding, restricted to what is also safe inside a phrase.
std::string qEncode(unsigned char c)
{
    if (std::isalnum(c) || c == '!' || c == '*' || c == '+' || c == '-' || c == '/')
        return std::string(1, static_cast<char>(c));
    if (c == ' ')
        return "_";
    static const char* const kHex = "0123456789ABCDEF";
    return {'=', kHex[c >> 4], kHex[c & 0x0f]};
}

// The length of the UTF-8 character starting at `i` (its continuation bytes included).
std::size_t characterLength(const std::string& text, std::size_t i)
{
    std::size_t length = 1;
    while (i + length < text.size() &&
           (static_cast<unsigned char>(text[i + length]) & 0xc0) == 0x80)
        ++length;
    return length;
}

// RFC 2047 encoded-words ("=?UTF-8?Q?…?="), folded, each holding whole UTF-8 characters.
std::string encodeWords(const std::string& text)
{
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = characterLength(text, i);
        std::string encoded;
        for (std::size_t j = i; j < i + length; ++j)
            encoded += qEncode(static_cast<unsigned char>(text[j]));
        if (!words.back().empty() && words.back().size() + encoded.size() > kMaxEncodedText)
            words.emplace_back();
        words.back() += encoded;
        i += length;
    }
    std::string header;
    for (const std::string& word : words)
        header += (header.empty() ? "" : "\r\n ") + std::string("=?UTF-8?Q?") + word + "?=";
    return header;
}

// A header text: printable ASCII as is, anything else (accents, line breaks) as encoded-words.
std::string headerText(const std::string& text)
{
    return isPrintableAscii(text) ? text : encodeWords(text);
}

// A display name: a plain phrase of letters, digits and spaces as is, else encoded-words.
std::string displayName(const std::string& name)
{
    const bool plain = std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return c < 0x7f && (std::isalnum(c) || c == ' ');
    });
    return plain ? name : encodeWords(name);
}

// Every line ending as CRLF, as RFC 5322 requires.
std::string crlf(const std::string& text)
{
    std::string lines;
    lines.reserve(text.size() + text.size() / 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r')
            continue;
        if (text[i] == '\n')
            lines += '\r';
        lines += text[i];
    }
    return lines;
}

void addPart(MailMessage& message, const std::string& body, const std::string& mediaType)
{
    message.addPart("", new Poco::Net::StringPartSource(crlf(body), mediaType),
                    MailMessage::CONTENT_INLINE, MailMessage::ENCODING_QUOTED_PRINTABLE);
}

// The text and HTML alternatives as one nested part of a multipart/mixed message.
void addAlternativePart(MailMessage& message, const store::OutboundEmail& email)
{
    auto* alternatives = new Poco::Net::MultipartSource("multipart/alternative");
    alternatives->addPart("", new Poco::Net::StringPartSource(crlf(email.bodyText), kPlainText),
                          MailMessage::CONTENT_INLINE, MailMessage::ENCODING_QUOTED_PRINTABLE);
    alternatives->addPart("", new Poco::Net::StringPartSource(crlf(email.bodyHtml), kHtml),
                          MailMessage::CONTENT_INLINE, MailMessage::ENCODING_QUOTED_PRINTABLE);
    message.addPart("", alternatives, MailMessage::CONTENT_INLINE, MailMessage::ENCODING_7BIT);
}

void addAttachments(MailMessage& message, const store::OutboundEmail& email)
{
    for (const store::EmailAttachment& attachment : email.attachments)
        message.addAttachment(attachment.fileName,
                              new Poco::Net::StringPartSource(
                                  attachment.content, attachment.contentType, attachment.fileName),
                              MailMessage::ENCODING_BASE64);
}

} // namespace

MimeMessage::MimeMessage(std::string from)
    : m_from(std::move(from))
{
}

std::string MimeMessage::fromAddress() const
{
    const std::size_t open = m_from.rfind('<');
    const std::size_t close = m_from.rfind('>');
    if (open == std::string::npos || close == std::string::npos || close < open)
        return m_from;
    return m_from.substr(open + 1, close - open - 1);
}

std::string MimeMessage::encodedFrom() const
{
    const std::size_t open = m_from.rfind('<');
    if (open == std::string::npos)
        return m_from;
    std::string name = m_from.substr(0, open);
    while (!name.empty() && name.back() == ' ')
        name.pop_back();
    if (name.empty())
        return "<" + fromAddress() + ">";
    return displayName(name) + " <" + fromAddress() + ">";
}

std::string MimeMessage::messageId(std::int64_t id) const
{
    const std::string address = fromAddress();
    const std::size_t at = address.find('@');
    const std::string domain = at == std::string::npos ? "localhost" : address.substr(at + 1);
    return "<ebm-outbox-" + std::to_string(id) + "@" + domain + ">";
}

void MimeMessage::compose(const store::QueuedEmail& queued, MailMessage& message) const
{
    const store::OutboundEmail& email = queued.email;
    message.setSender(encodedFrom());
    message.addRecipient(
        Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, email.recipient));
    message.setSubject(headerText(email.subject));
    message.setDate(Poco::Timestamp::fromEpochTime(queued.createdAt.time_since_epoch().count()));
    message.set("Message-ID", messageId(queued.id));
    message.set("MIME-Version", "1.0");
    if (!email.attachments.empty()) {
        message.setContentType("multipart/mixed");
        if (email.bodyHtml.empty())
            addPart(message, email.bodyText, kPlainText);
        else
            addAlternativePart(message, email);
        addAttachments(message, email);
        return;
    }
    if (email.bodyHtml.empty()) {
        message.setContentType(kPlainText);
        message.setContent(crlf(email.bodyText), MailMessage::ENCODING_QUOTED_PRINTABLE);
        return;
    }
    message.setContentType("multipart/alternative");
    addPart(message, email.bodyText, kPlainText);
    addPart(message, email.bodyHtml, kHtml);
}

std::string MimeMessage::render(const store::QueuedEmail& queued) const
{
    MailMessage message;
    compose(queued, message);
    std::ostringstream out;
    message.write(out);
    return out.str();
}

} // namespace ebm::mail
