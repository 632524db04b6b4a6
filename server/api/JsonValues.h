#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <optional>
#include <string>

namespace ebm::api
{

// JSON values the answers share: null for what is absent, arrays mapped from lists.

// The text, null when it is empty.
Poco::Dynamic::Var textOrNull(const std::string& value);

// The value, null when there is none.
template<typename Value>
Poco::Dynamic::Var valueOrNull(const std::optional<Value>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

// Each item through toJson, in order.
template<typename Items, typename ToJson>
Poco::JSON::Array::Ptr arrayOf(const Items& items, ToJson toJson)
{
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const auto& item : items)
        array->add(toJson(item));
    return array;
}

} // namespace ebm::api
