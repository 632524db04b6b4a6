#include "api/JsonValues.h"

namespace ebm::api
{

Poco::Dynamic::Var textOrNull(const std::string& value)
{
    if (value.empty())
        return {};
    return value;
}

} // namespace ebm::api
