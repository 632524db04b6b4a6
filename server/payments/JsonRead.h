#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <string>

// Reading the JSON of providers, callbacks and simulators leniently: a body that is not a JSON
// object, or a field that is missing, null or of another shape, reads as empty — never throws,
// so what a provider sends can never crash its handler.
namespace ebm::payments
{

// The body as a JSON object, or null.
Poco::JSON::Object::Ptr parseJsonObject(const std::string& text);
// A scalar field as text (numbers and booleans converted); "" otherwise.
std::string jsonText(const Poco::JSON::Object::Ptr& object, const std::string& key);
Poco::JSON::Object::Ptr jsonObject(const Poco::JSON::Object::Ptr& object, const std::string& key);
Poco::JSON::Array::Ptr jsonArray(const Poco::JSON::Object::Ptr& object, const std::string& key);

} // namespace ebm::payments
