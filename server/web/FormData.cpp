#include "web/FormData.h"

#include "http/ApiError.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>
#include <sstream>

namespace ebm::web
{

namespace
{

// Keeps every uploaded part in memory (the route's body limit bounds them).
class FilesInMemory final : public Poco::Net::PartHandler
{
public:
    explicit FilesInMemory(std::map<std::string, FormData::File>& files)
        : m_files(files)
    {
    }

    void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override
    {
        std::string disposition;
        Poco::Net::NameValueCollection parameters;
        Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""),
                                                  disposition, parameters);
        FormData::File file{parameters.get("filename", ""),
                            header.get("Content-Type", "application/octet-stream"),
                            {}};
        Poco::StreamCopier::copyToString(stream, file.bytes);
        if (!file.filename.empty() || !file.bytes.empty())
            m_files[parameters.get("name", "")] = std::move(file);
    }

private:
    std::map<std::string, FormData::File>& m_files;
};

bool isForm(const std::string& contentType)
{
    const std::string type = Poco::toLower(contentType);
    return type.starts_with("application/x-www-form-urlencoded") ||
           type.starts_with("multipart/form-data");
}

} // namespace

FormData FormData::parse(const http::ApiRequest& request)
{
    const std::string contentType = request.header("Content-Type").value_or("");
    if (!isForm(contentType))
        throw http::ApiError::unsupportedMediaType(contentType);
    Poco::Net::HTTPRequest carrier(request.method(), request.path());
    carrier.setContentType(contentType);
    std::istringstream body(request.body());
    FormData data;
    FilesInMemory files(data.m_files);
    Poco::Net::HTMLForm form;
    form.setFieldLimit(200);
    try {
        form.load(carrier, body, files);
    } catch (const Poco::Exception& error) {
        throw http::ApiError::parseError(error.displayText());
    }
    for (const auto& [name, value] : form)
        data.m_fields.emplace(name, value);
    return data;
}

std::string FormData::field(const std::string& name) const
{
    const auto found = m_fields.find(name);
    return found == m_fields.end() ? std::string() : Poco::trim(found->second);
}

bool FormData::has(const std::string& name) const
{
    return m_fields.contains(name);
}

const FormData::File* FormData::file(const std::string& name) const
{
    const auto found = m_files.find(name);
    return found == m_files.end() ? nullptr : &found->second;
}

} // namespace ebm::web
