#include "payments/JsonRead.h"

#include <Poco/JSON/Parser.h>

namespace ebm::payments
{

Poco::JSON::Object::Ptr parseJsonObject(const std::string& text)
{
    try {
        const Poco::Dynamic::Var parsed = Poco::JSON::Parser().parse(text);
        if (parsed.type() == typeid(Poco::JSON::Object::Ptr))
            return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
    }
    return nullptr;
}

std::string jsonText(const Poco::JSON::Object::Ptr& object, const std::string& key)
{
    if (!object || !object->has(key) || object->isNull(key) || object->isObject(key) ||
        object->isArray(key))
        return {};
    return object->get(key).toString();
}

Poco::JSON::Object::Ptr jsonObject(const Poco::JSON::Object::Ptr& object, const std::string& key)
{
    return object && object->isObject(key) ? object->getObject(key) : nullptr;
}

Poco::JSON::Array::Ptr jsonArray(const Poco::JSON::Object::Ptr& object, const std::string& key)
{
    return object && object->isArray(key) ? object->getArray(key) : nullptr;
}

} // namespace ebm::payments
