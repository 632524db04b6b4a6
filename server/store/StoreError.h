#pragma once

#include <stdexcept>
#include <string>

namespace ebm::store
{

// A storage failure the API maps to a status: the database busy or unavailable (503), a
// uniqueness or constraint conflict (409), or a schema the binary cannot use.
class StoreError final : public std::runtime_error
{
public:
    enum class Kind
    {
        Unavailable,
        Conflict,
        Schema
    };

    StoreError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }

    Kind kind() const
    {
        return m_kind;
    }

private:
    Kind m_kind;
};

} // namespace ebm::store
