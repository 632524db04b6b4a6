#pragma once

#include "http/ApiRequest.h"

#include <map>
#include <string>

namespace ebm::web
{

// The fields (and uploaded files) of a submitted HTML form, urlencoded or multipart.
class FormData final
{
public:
    struct File
    {
        std::string filename;
        std::string contentType;
        std::string bytes;
    };

    // Throws ApiError 415 for a body that is not a form, 400 for a malformed one.
    static FormData parse(const http::ApiRequest& request);

    // The field's value with surrounding white space removed; empty when absent.
    std::string field(const std::string& name) const;
    bool has(const std::string& name) const;
    // The uploaded file of a file input, or null when none was chosen.
    const File* file(const std::string& name) const;

private:
    std::map<std::string, std::string> m_fields;
    std::map<std::string, File> m_files;
};

} // namespace ebm::web
