#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <string>
#include <utility>
#include <vector>

namespace ebm::http
{

// What a handler answers: status, content type, body and extra headers; written by the dispatcher.
struct ApiResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;

    static ApiResponse json(const Poco::JSON::Object::Ptr& object, int status = 200);
    static ApiResponse json(const Poco::JSON::Array::Ptr& array, int status = 200);
    static ApiResponse text(std::string body, std::string contentType, int status = 200);
    static ApiResponse noContent();
};

// A JSON object that keeps its keys in insertion order, so answers read like the documentation.
Poco::JSON::Object::Ptr makeObject();

} // namespace ebm::http
