#include "http/ErrorMapper.h"

#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "store/StoreError.h"

#include <Poco/Data/SessionPool.h>
#include <Poco/Logger.h>
#include <Poco/String.h>

namespace ebm::http
{

namespace
{

ApiError fromStoreError(const store::StoreError& error)
{
    switch (error.kind()) {
    case store::StoreError::Kind::Unavailable:
        return ApiError::serviceUnavailable("The database is busy; retry shortly.", 1);
    case store::StoreError::Kind::Conflict:
        return {409, "conflict", error.what()};
    case store::StoreError::Kind::Schema:
        break;
    }
    return {500, "server_error", "Internal server error."};
}

void logUnexpected(const std::string& requestId, const std::string& what)
{
    Poco::Logger::get("ebm.http").error("request %s failed: %s", requestId, what);
}

} // namespace

ApiResponse ErrorMapper::toResponse(std::exception_ptr error, const std::string& requestId) const
{
    return render(toError(std::move(error), requestId));
}

ApiError ErrorMapper::toError(std::exception_ptr error, const std::string& requestId) const
{
    try {
        std::rethrow_exception(error);
    } catch (const ApiError& apiError) {
        return apiError;
    } catch (const DomainError& domainError) {
        return ApiError::validation(domainError.field(), domainError.what());
    } catch (const store::StoreError& storeError) {
        if (storeError.kind() == store::StoreError::Kind::Schema)
            logUnexpected(requestId, storeError.what());
        return fromStoreError(storeError);
    } catch (const Poco::Data::SessionPoolExhaustedException&) {
        return ApiError::serviceUnavailable("The server is at capacity; retry shortly.", 1);
    } catch (const Poco::Exception& pocoError) {
        logUnexpected(requestId, pocoError.displayText());
    } catch (const std::exception& stdError) {
        logUnexpected(requestId, stdError.what());
    } catch (...) {
        logUnexpected(requestId, "unknown exception");
    }
    return {500, "server_error", "Internal server error (request " + requestId + ")."};
}

ApiResponse ErrorMapper::render(const ApiError& error)
{
    Poco::JSON::Object::Ptr body = makeObject();
    if (!error.fieldErrors().empty()) {
        for (const auto& [field, messages] : error.fieldErrors()) {
            Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
            for (const std::string& message : messages)
                list->add(message);
            body->set(field, list);
        }
    } else {
        body->set("detail", error.detail());
        body->set("code", error.code());
        for (const auto& [field, value] : error.extra())
            std::visit([&body, &field](const auto& v) { body->set(field, v); }, value);
    }
    ApiResponse response = ApiResponse::json(body, error.status());
    if (!error.allowedMethods().empty())
        response.headers.emplace_back("Allow",
                                      Poco::cat(std::string(", "), error.allowedMethods().begin(),
                                                error.allowedMethods().end()));
    if (error.retryAfterSeconds() > 0)
        response.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds()));
    return response;
}

} // namespace ebm::http
