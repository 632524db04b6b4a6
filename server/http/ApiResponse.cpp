#include "http/ApiResponse.h"

#include <sstream>

namespace ebm::http
{

namespace
{

template<typename JsonValue>
std::string stringify(const JsonValue& value)
{
    std::ostringstream out;
    value->stringify(out);
    return out.str();
}

} // namespace

ApiResponse ApiResponse::json(const Poco::JSON::Object::Ptr& object, int status)
{
    return {status, "application/json", stringify(object), {}};
}

ApiResponse ApiResponse::json(const Poco::JSON::Array::Ptr& array, int status)
{
    return {status, "application/json", stringify(array), {}};
}

ApiResponse ApiResponse::text(std::string body, std::string contentType, int status)
{
    return {status, std::move(contentType), std::move(body), {}};
}

ApiResponse ApiResponse::noContent()
{
    return {204, "", "", {}};
}

Poco::JSON::Object::Ptr makeObject()
{
    return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

} // namespace ebm::http
