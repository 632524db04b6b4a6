#include "mail/FileMailSender.h"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <cctype>

namespace ebm::mail
{

namespace
{

// The template name as a safe file name part.
std::string fileNamePart(const std::string& name)
{
    std::string part;
    for (const unsigned char c : name)
        part += std::isalnum(c) || c == '_' || c == '-' ? static_cast<char>(c) : '_';
    return part.empty() ? "email" : part;
}

} // namespace

FileMailSender::FileMailSender(std::string directory, std::string from)
    : m_directory(std::move(directory))
    , m_message(std::move(from))
{
}

std::string FileMailSender::pathFor(const store::QueuedEmail& email) const
{
    const std::string name =
        std::to_string(email.id) + "-" + fileNamePart(email.email.templateName) + ".eml";
    return Poco::Path(m_directory).append(name).toString();
}

void FileMailSender::send(const store::QueuedEmail& email)
{
    Poco::File(m_directory).createDirectories();
    const std::string path = pathFor(email);
    const std::string temporary = path + ".tmp";
    {
        Poco::FileOutputStream out(temporary);
        out << m_message.render(email);
        out.close();
        if (!out)
            throw Poco::WriteFileException(temporary);
    }
    Poco::File(temporary).renameTo(path);
}

} // namespace ebm::mail
