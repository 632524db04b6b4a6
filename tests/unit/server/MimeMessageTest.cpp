// The .eml rendering of outbox emails: RFC 5322 headers, an RFC 2047 subject with accents,
// quoted-printable UTF-8 bodies, multipart/alternative with HTML, and the file sender.
#include "TempDir.h"
#include "mail/FileMailSender.h"
#include "mail/MimeMessage.h"

#include <Poco/File.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>
#include <vector>

namespace ebm::mail
{
namespace
{

const std::string kFrom = "ESXi Backup Manager Cloud <no-reply@cloud.example.com>";
const std::string kSubject = "Réinitialisez votre mot de passe ESXi Backup Manager Cloud — été";

store::QueuedEmail email(const std::string& html = "")
{
    store::QueuedEmail queued;
    queued.id = 42;
    queued.email.templateName = "password_reset";
    queued.email.locale = "fr";
    queued.email.recipient = "zoe@example.com";
    queued.email.subject = kSubject;
    queued.email.bodyText = "Bonjour Zoé,\n\nOuvrez ce lien : https://cloud.example.com/reset\n";
    queued.email.bodyHtml = html;
    queued.createdAt = std::chrono::sys_seconds{std::chrono::seconds(1'722'627'600)};
    return queued;
}

// Collects the decoded parts of a multipart message.
class Parts final : public Poco::Net::PartHandler
{
public:
    void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override
    {
        std::string body;
        Poco::StreamCopier::copyToString(stream, body);
        types.push_back(header.get("Content-Type", ""));
        bodies.push_back(body);
    }

    std::vector<std::string> types;
    std::vector<std::string> bodies;
};

// The header's value as written, continuation lines unfolded.
std::string rawHeader(const std::string& message, const std::string& name)
{
    const std::regex pattern("(^|\r\n)" + name + ": ((?:[^\r]|\r\n )*)\r\n");
    std::smatch match;
    if (!std::regex_search(message, match, pattern))
        return "";
    return std::regex_replace(match[2].str(), std::regex("\r\n "), " ");
}

// RFC 2047: whitespace between two encoded-words is not part of the text.
std::string decodedHeader(const std::string& raw)
{
    const std::string joined = std::regex_replace(raw, std::regex(R"(\?= +=\?)"), "?==?");
    return Poco::Net::MessageHeader::decodeWord(joined);
}

TEST(MimeMessageTest, HeadersNameSenderRecipientDateAndId)
{
    const std::string eml = MimeMessage(kFrom).render(email());
    EXPECT_EQ(rawHeader(eml, "From"), "ESXi Backup Manager Cloud <no-reply@cloud.example.com>");
    EXPECT_EQ(rawHeader(eml, "To"), "<zoe@example.com>");
    EXPECT_EQ(rawHeader(eml, "Date"), "Fri, 2 Aug 2024 19:40:00 GMT");
    EXPECT_EQ(rawHeader(eml, "Message-ID"), "<ebm-outbox-42@cloud.example.com>");
    EXPECT_EQ(rawHeader(eml, "MIME-Version"), "1.0");
}

TEST(MimeMessageTest, TheSubjectIsEncodedWordsOfWholeCharacters)
{
    const std::string eml = MimeMessage(kFrom).render(email());
    const std::string subject = rawHeader(eml, "Subject");
    EXPECT_EQ(subject.rfind("=?UTF-8?Q?R=C3=A9initialisez_votre", 0), 0u) << subject;
    EXPECT_EQ(decodedHeader(subject), kSubject);
    EXPECT_FALSE(std::regex_search(subject, std::regex(R"(\?Q\?=[89AB][0-9A-F])")))
        << "an encoded-word starts inside a UTF-8 character: " << subject;
    const std::regex word(R"(=\?UTF-8\?Q\?[^?]*\?=)");
    for (auto it = std::sregex_iterator(subject.begin(), subject.end(), word);
         it != std::sregex_iterator(); ++it)
        EXPECT_LE(it->str().size(), 75u);
}

TEST(MimeMessageTest, TheMessageIsSevenBitWithCrlfLines)
{
    const std::string eml = MimeMessage(kFrom).render(email("<p>Bonjour Zoé</p>"));
    for (const unsigned char c : eml)
        ASSERT_LT(c, 0x80) << "8-bit byte in the message";
    for (std::size_t i = eml.find('\n'); i != std::string::npos; i = eml.find('\n', i + 1))
        ASSERT_EQ(eml[i - 1], '\r') << "bare LF at " << i;
}

TEST(MimeMessageTest, TextOnlyIsOneQuotedPrintablePart)
{
    const std::string eml = MimeMessage(kFrom).render(email());
    EXPECT_EQ(rawHeader(eml, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(rawHeader(eml, "Content-Transfer-Encoding"), "quoted-printable");
    EXPECT_NE(eml.find("Bonjour Zo=C3=A9,"), std::string::npos);
    std::istringstream in(eml);
    Poco::Net::MailMessage parsed;
    parsed.read(in);
    EXPECT_EQ(parsed.getContent(),
              "Bonjour Zoé,\r\n\r\nOuvrez ce lien : https://cloud.example.com/reset\r\n");
}

TEST(MimeMessageTest, HtmlMakesAMultipartAlternativeOfTextThenHtml)
{
    const std::string eml = MimeMessage(kFrom).render(email("<p>Bonjour <b>Zoé</b></p>\n"));
    EXPECT_EQ(rawHeader(eml, "Content-Type").rfind("multipart/alternative; boundary=", 0), 0u);
    std::istringstream in(eml);
    Poco::Net::MailMessage parsed;
    Parts parts;
    parsed.read(in, parts);
    ASSERT_EQ(parts.types.size(), 2u);
    EXPECT_EQ(parts.types[0], "text/plain; charset=UTF-8");
    EXPECT_EQ(parts.types[1], "text/html; charset=UTF-8");
    EXPECT_NE(parts.bodies[0].find("Bonjour Zoé,"), std::string::npos);
    EXPECT_EQ(parts.bodies[1], "<p>Bonjour <b>Zoé</b></p>\r\n");
}

TEST(MimeMessageTest, AttachmentsMakeAMultipartMixedOfTheAlternativesThenTheFiles)
{
    auto queued = email("<p>Bonjour <b>Zoé</b></p>\n");
    const std::string pdf("%PDF-1.4\n\x00\xff binary\r\n%%EOF", 26);
    queued.email.attachments.push_back({"INV-202402-00001.pdf", "application/pdf", pdf});
    const std::string eml = MimeMessage(kFrom).render(queued);
    EXPECT_EQ(rawHeader(eml, "Content-Type").rfind("multipart/mixed; boundary=", 0), 0u);
    for (const unsigned char c : eml)
        ASSERT_LT(c, 0x80) << "8-bit byte in the message";
    std::istringstream in(eml);
    Poco::Net::MailMessage parsed;
    Parts parts;
    parsed.read(in, parts);
    ASSERT_EQ(parts.types.size(), 2u);
    EXPECT_EQ(parts.types[0].rfind("multipart/alternative; boundary=", 0), 0u);
    EXPECT_NE(parts.bodies[0].find("text/html; charset=UTF-8"), std::string::npos);
    EXPECT_NE(parts.bodies[0].find("Bonjour Zo=C3=A9,"), std::string::npos);
    EXPECT_EQ(parts.types[1], "application/pdf; name=INV-202402-00001.pdf");
    EXPECT_EQ(parts.bodies[1], pdf);
}

TEST(MimeMessageTest, AnAccentedSenderNameIsEncoded)
{
    const MimeMessage message("Équipe Cloud <equipe@example.com>");
    const std::string from = rawHeader(message.render(email()), "From");
    EXPECT_EQ(from, "=?UTF-8?Q?=C3=89quipe_Cloud?= <equipe@example.com>");
    EXPECT_EQ(message.fromAddress(), "equipe@example.com");
    EXPECT_EQ(MimeMessage("bare@example.com").fromAddress(), "bare@example.com");
}

TEST(MimeMessageTest, LineBreaksInASubjectCannotInjectHeaders)
{
    auto queued = email();
    queued.email.subject = "Hello\r\nBcc: victim@example.com";
    const std::string eml = MimeMessage(kFrom).render(queued);
    EXPECT_EQ(eml.find("\r\nBcc:"), std::string::npos);
}

TEST(MimeMessageTest, TheFileSenderWritesIdTemplateDotEml)
{
    test::TempDir dir;
    FileMailSender sender(dir.file("mail"), kFrom);
    const auto queued = email("<p>Bonjour</p>");
    sender.send(queued);
    const std::string path = dir.file("mail/42-password_reset.eml");
    EXPECT_EQ(sender.pathFor(queued), path);
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    EXPECT_NE(content.str().find("To: <zoe@example.com>\r\n"), std::string::npos);
    EXPECT_NE(content.str().find("multipart/alternative"), std::string::npos);
    EXPECT_FALSE(Poco::File(path + ".tmp").exists());

    sender.send(queued);
    std::vector<std::string> files;
    Poco::File(dir.file("mail")).list(files);
    EXPECT_EQ(files.size(), 1u) << "sending the same row again replaces its file";
}

} // namespace
} // namespace ebm::mail
