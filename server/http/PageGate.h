#pragma once

#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <Poco/Net/NameValueCollection.h>
#include <string>

namespace ebm::http
{

// What the dispatcher needs from the web pages layer: the CSRF check of a page's form POST
// before its handler runs, and errors shown as HTML pages instead of JSON.
class PageGate
{
public:
    virtual ~PageGate() = default;

    // Throws ApiError 403 when an unsafe request to a page lacks a valid CSRF token.
    virtual void checkForm(const ApiRequest& request) const = 0;
    // The page answering `error` for a browser that asked for `path`.
    virtual ApiResponse errorPage(const ApiError& error, const std::string& path,
                                  const Poco::Net::NameValueCollection& headers,
                                  const std::string& requestId) const = 0;
};

} // namespace ebm::http
