#include "web/AssetsController.h"

#include "app/EmbeddedFiles.h"
#include "http/ApiError.h"
#include "security/TokenGenerator.h"

namespace ebm::web
{

namespace
{

constexpr std::string_view kStaticFolder = "static/";

std::string contentTypeOf(std::string_view name)
{
    if (name.ends_with(".css"))
        return "text/css; charset=utf-8";
    if (name.ends_with(".js"))
        return "text/javascript; charset=utf-8";
    if (name.ends_with(".svg"))
        return "image/svg+xml";
    return "text/plain; charset=utf-8";
}

} // namespace

AssetsController::AssetsController()
{
    for (const embedded::EmbeddedFile& file : embedded::webFiles()) {
        if (!file.path.starts_with(kStaticFolder))
            continue;
        const std::string name(file.path.substr(kStaticFolder.size()));
        const std::string version = security::TokenGenerator::hash(file.content).substr(0, 12);
        m_assets[name] = {file.content, contentTypeOf(name), "\"" + version + "\""};
    }
}

http::ApiResponse AssetsController::asset(const http::ApiRequest& request)
{
    const auto found = m_assets.find(request.pathParam("name"));
    if (found == m_assets.end())
        throw http::ApiError::notFound();
    const Asset& asset = found->second;
    const bool versioned = request.query("v") == asset.etag.substr(1, asset.etag.size() - 2);
    const std::string caching =
        versioned ? "public, max-age=31536000, immutable" : "public, max-age=300";
    if (request.header("If-None-Match") == asset.etag)
        return {304, "", "", {{"ETag", asset.etag}, {"Cache-Control", caching}}};
    http::ApiResponse response =
        http::ApiResponse::text(std::string(asset.content), asset.contentType);
    response.headers = {{"ETag", asset.etag}, {"Cache-Control", caching}};
    return response;
}

} // namespace ebm::web
