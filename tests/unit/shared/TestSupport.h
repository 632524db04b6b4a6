#pragma once

#include "domain/DomainError.h"
#include "domain/Money.h"

#include <gtest/gtest.h>
#include <ostream>
#include <string>

namespace ebm
{

// Lets GoogleTest print Money as "29.00 EUR" in failure messages.
inline void PrintTo(const Money& money, std::ostream* out)
{
    *out << money.toDecimalString() << ' ' << money.currency().code();
}

} // namespace ebm

// Asserts that `statement` throws ebm::DomainError with the given field and code.
#define EXPECT_DOMAIN_ERROR(statement, expectedField, expectedCode)                                \
    do {                                                                                           \
        try {                                                                                      \
            statement;                                                                             \
            ADD_FAILURE() << "expected DomainError " << (expectedCode) << " from: " #statement;    \
        } catch (const ebm::DomainError& error) {                                                  \
            EXPECT_EQ(error.field(), std::string(expectedField)) << #statement;                    \
            EXPECT_EQ(error.code(), std::string(expectedCode)) << #statement;                      \
        }                                                                                          \
    } while (false)
