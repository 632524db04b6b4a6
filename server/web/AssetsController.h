#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <map>
#include <string>
#include <string_view>

namespace ebm::web
{

// Serves the embedded stylesheet, scripts and icons under /static/: cached for a year when
// asked by their versioned address (PageRenderer::assetUrl), revalidated by ETag otherwise.
class AssetsController final
{
public:
    AssetsController();

    // GET /static/{name}
    http::ApiResponse asset(const http::ApiRequest& request);

private:
    struct Asset
    {
        std::string_view content;
        std::string contentType;
        std::string etag;
    };
    std::map<std::string, Asset> m_assets;
};

} // namespace ebm::web
