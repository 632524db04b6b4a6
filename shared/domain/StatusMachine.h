#pragma once

#include "domain/DomainError.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

namespace ebm
{

// The wire name of one status value.
template<typename Status>
struct StatusName
{
    Status status;
    std::string_view name;
};

// One allowed move of a status machine.
template<typename Status>
struct StatusTransition
{
    Status from;
    Status to;
};

// A status machine described entirely by two tables: the names of its states and its legal moves.
// Staying in the same state is never a transition. Errors use field "status".
template<typename Status>
class StatusMachine
{
public:
    constexpr StatusMachine(std::string_view entity, std::span<const StatusName<Status>> names,
                            std::span<const StatusTransition<Status>> transitions)
        : m_entity(entity)
        , m_names(names)
        , m_transitions(transitions)
    {
    }

    std::string_view toString(Status status) const
    {
        const auto it =
            std::find_if(m_names.begin(), m_names.end(), [status](const StatusName<Status>& entry) {
                return entry.status == status;
            });
        return it == m_names.end() ? std::string_view{} : it->name;
    }

    // Throws DomainError("status", "invalid_choice").
    Status parse(std::string_view text) const
    {
        const auto it =
            std::find_if(m_names.begin(), m_names.end(),
                         [text](const StatusName<Status>& entry) { return entry.name == text; });
        if (it == m_names.end()) {
            throw DomainError("status", "invalid_choice",
                              "'" + std::string(text) + "' is not a valid " +
                                  std::string(m_entity) + " status");
        }
        return it->status;
    }

    bool canTransition(Status from, Status to) const
    {
        return std::any_of(
            m_transitions.begin(), m_transitions.end(),
            [from, to](const StatusTransition<Status>& t) { return t.from == from && t.to == to; });
    }

    // Throws DomainError("status", "illegal_transition", "cannot move order from completed to
    // pending").
    void requireTransition(Status from, Status to) const
    {
        if (!canTransition(from, to)) {
            throw DomainError("status", "illegal_transition",
                              "cannot move " + std::string(m_entity) + " from " +
                                  std::string(toString(from)) + " to " + std::string(toString(to)));
        }
    }

    bool isTerminal(Status status) const
    {
        return std::none_of(
            m_transitions.begin(), m_transitions.end(),
            [status](const StatusTransition<Status>& t) { return t.from == status; });
    }

    std::span<const StatusName<Status>> names() const
    {
        return m_names;
    }
    std::span<const StatusTransition<Status>> transitions() const
    {
        return m_transitions;
    }

private:
    std::string_view m_entity;
    std::span<const StatusName<Status>> m_names;
    std::span<const StatusTransition<Status>> m_transitions;
};

} // namespace ebm
