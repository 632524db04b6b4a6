#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace ebm
{

// A broken business rule: names the offending field, a stable machine code and an English message.
class DomainError : public std::runtime_error
{
public:
    DomainError(std::string field, std::string code, std::string message)
        : std::runtime_error(std::move(message))
        , m_field(std::move(field))
        , m_code(std::move(code))
    {
    }

    const std::string& field() const noexcept
    {
        return m_field;
    }
    const std::string& code() const noexcept
    {
        return m_code;
    }

private:
    std::string m_field;
    std::string m_code;
};

} // namespace ebm
