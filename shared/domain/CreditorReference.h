#pragma once

#include <string>
#include <string_view>

namespace ebm
{

// ISO 11649 "RF" creditor references for bank transfers: "RF" + 2 check digits (ISO 7064
// MOD 97-10, 02..98) + a body of 1..21 characters A-Z 0-9, at most 25 characters in all.

// "RF18539007547034" for "539007547034". The body is case-insensitive (stored upper case);
// an empty or longer body, or any other character, throws DomainError("reference",
// "invalid_reference").
std::string makeCreditorReference(std::string_view body);

// True for a well-formed reference whose check digits match, written either compact
// ("RF18539007547034") or as printed ("RF18 5390 0754 7034": one space after every 4
// characters). Upper case only. Like every MOD 97 scheme it catches every change of one digit
// for another digit or one letter for another letter, but not every change between a letter
// and a digit (see DOMAIN.md).
bool isValidCreditorReference(std::string_view text);

// "RF18 5390 0754 7034": a valid reference (compact or already printed) in groups of 4;
// anything else throws DomainError("reference", "invalid_reference").
std::string formatCreditorReferenceForPrint(std::string_view reference);

} // namespace ebm
