#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "http/ErrorMapper.h"
#include "store/StoreError.h"

#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

namespace ebm::http
{
namespace
{

template<typename Error>
ApiResponse mapped(const Error& error)
{
    return ErrorMapper().toResponse(std::make_exception_ptr(error), "req-1");
}

Poco::JSON::Object::Ptr bodyOf(const ApiResponse& response)
{
    return Poco::JSON::Parser().parse(response.body).extract<Poco::JSON::Object::Ptr>();
}

std::string headerOf(const ApiResponse& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers) {
        if (key == name)
            return value;
    }
    return {};
}

TEST(ErrorMapperTest, DomainErrorsBecomeFieldValidationErrors)
{
    const auto response =
        mapped(DomainError("billing_cycle", "invalid_choice", "must be monthly or yearly"));
    EXPECT_EQ(response.status, 400);
    const auto messages = bodyOf(response)->getArray("billing_cycle");
    ASSERT_FALSE(messages.isNull());
    EXPECT_EQ(messages->getElement<std::string>(0), "must be monthly or yearly");
}

TEST(ErrorMapperTest, ApiErrorsKeepStatusCodeAndHeaders)
{
    const auto response = mapped(ApiError::methodNotAllowed("PUT", {"GET", "POST"}));
    EXPECT_EQ(response.status, 405);
    EXPECT_EQ(bodyOf(response)->getValue<std::string>("code"), "method_not_allowed");
    EXPECT_EQ(headerOf(response, "Allow"), "GET, POST");
}

TEST(ErrorMapperTest, StoreOutagesAre503WithRetryAfter)
{
    const auto response = mapped(store::StoreError(store::StoreError::Kind::Unavailable, "busy"));
    EXPECT_EQ(response.status, 503);
    EXPECT_EQ(headerOf(response, "Retry-After"), "1");
}

TEST(ErrorMapperTest, ConflictsAre409)
{
    EXPECT_EQ(mapped(store::StoreError(store::StoreError::Kind::Conflict, "duplicate")).status,
              409);
}

TEST(ErrorMapperTest, UnexpectedErrorsAre500WithoutInternals)
{
    const auto response = mapped(std::runtime_error("secret internal detail"));
    EXPECT_EQ(response.status, 500);
    EXPECT_EQ(response.body.find("secret internal detail"), std::string::npos);
    EXPECT_NE(bodyOf(response)->getValue<std::string>("detail").find("req-1"), std::string::npos);
}

} // namespace
} // namespace ebm::http
