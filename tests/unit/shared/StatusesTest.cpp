#include "TestSupport.h"
#include "domain/Statuses.h"

#include <gtest/gtest.h>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace ebm;

namespace
{

template<typename Status>
using Table = std::set<std::pair<Status, Status>>;

// Compares every (from, to) pair against the expected table, in both the bool and throwing forms.
template<typename Status>
void expectMachineMatches(std::span<const Status> all, const Table<Status>& legal)
{
    std::size_t legalSeen = 0;
    for (const Status from : all) {
        for (const Status to : all) {
            const bool expected = legal.count({from, to}) == 1;
            EXPECT_EQ(canTransition(from, to), expected)
                << toString(from) << " -> " << toString(to);
            if (expected) {
                ++legalSeen;
                EXPECT_NO_THROW(requireTransition(from, to));
            } else {
                EXPECT_DOMAIN_ERROR(requireTransition(from, to), "status", "illegal_transition");
            }
        }
    }
    EXPECT_EQ(legalSeen, legal.size());
}

template<typename Status, typename Parse>
void expectNamesRoundTrip(std::span<const Status> all, const std::vector<std::string_view>& names,
                          const std::vector<std::string>& expected, Parse parse)
{
    ASSERT_EQ(all.size(), expected.size());
    ASSERT_EQ(names.size(), expected.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(toString(all[i]), expected[i]);
        EXPECT_EQ(names[i], expected[i]);
        EXPECT_EQ(parse(expected[i]), all[i]);
    }
    EXPECT_DOMAIN_ERROR(parse("unknown"), "status", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parse(""), "status", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parse(std::string(expected.front()) + " "), "status", "invalid_choice");
}

} // namespace

TEST(StatusesTest, OrganizationNames)
{
    expectNamesRoundTrip(allOrganizationStatuses(), organizationStatusNames(),
                         {"pending", "active", "suspended", "cancelled", "expired"},
                         [](std::string_view text) { return parseOrganizationStatus(text); });
    EXPECT_DOMAIN_ERROR(parseOrganizationStatus("Active"), "status", "invalid_choice");
}

TEST(StatusesTest, OrderNames)
{
    expectNamesRoundTrip(
        allOrderStatuses(), orderStatusNames(),
        {"pending", "paid", "processing", "completed", "failed", "cancelled", "refunded"},
        [](std::string_view text) { return parseOrderStatus(text); });
}

TEST(StatusesTest, PaymentNames)
{
    expectNamesRoundTrip(allPaymentStatuses(), paymentStatusNames(),
                         {"pending", "processing", "completed", "failed", "refunded"},
                         [](std::string_view text) { return parsePaymentStatus(text); });
}

TEST(StatusesTest, InvoiceNames)
{
    expectNamesRoundTrip(allInvoiceStatuses(), invoiceStatusNames(),
                         {"draft", "issued", "paid", "void"},
                         [](std::string_view text) { return parseInvoiceStatus(text); });
}

TEST(StatusesTest, OrganizationTransitions)
{
    using S = OrganizationStatus;
    expectMachineMatches(allOrganizationStatuses(), Table<S>{{S::Pending, S::Active},
                                                             {S::Pending, S::Cancelled},
                                                             {S::Active, S::Suspended},
                                                             {S::Active, S::Cancelled},
                                                             {S::Active, S::Expired},
                                                             {S::Suspended, S::Active},
                                                             {S::Suspended, S::Cancelled},
                                                             {S::Suspended, S::Expired},
                                                             {S::Expired, S::Active},
                                                             {S::Expired, S::Cancelled}});
    EXPECT_TRUE(organizationStatusMachine().isTerminal(S::Cancelled));
    EXPECT_FALSE(organizationStatusMachine().isTerminal(S::Expired));
}

TEST(StatusesTest, OrderTransitions)
{
    using S = OrderStatus;
    expectMachineMatches(allOrderStatuses(), Table<S>{{S::Pending, S::Paid},
                                                      {S::Pending, S::Failed},
                                                      {S::Pending, S::Cancelled},
                                                      {S::Paid, S::Processing},
                                                      {S::Paid, S::Refunded},
                                                      {S::Processing, S::Completed},
                                                      {S::Completed, S::Refunded}});
    for (const S terminal : {S::Failed, S::Cancelled, S::Refunded}) {
        EXPECT_TRUE(orderStatusMachine().isTerminal(terminal));
    }
}

TEST(StatusesTest, PaymentTransitions)
{
    using S = PaymentStatus;
    expectMachineMatches(allPaymentStatuses(), Table<S>{{S::Pending, S::Processing},
                                                        {S::Pending, S::Completed},
                                                        {S::Pending, S::Failed},
                                                        {S::Processing, S::Completed},
                                                        {S::Processing, S::Failed},
                                                        {S::Completed, S::Refunded}});
}

TEST(StatusesTest, InvoiceTransitions)
{
    using S = InvoiceStatus;
    expectMachineMatches(allInvoiceStatuses(), Table<S>{{S::Draft, S::Issued},
                                                        {S::Draft, S::Void},
                                                        {S::Issued, S::Paid},
                                                        {S::Issued, S::Void}});
}

TEST(StatusesTest, SameStateIsNeverATransition)
{
    for (const OrderStatus status : allOrderStatuses()) {
        EXPECT_FALSE(canTransition(status, status));
    }
    for (const OrganizationStatus status : allOrganizationStatuses()) {
        EXPECT_FALSE(canTransition(status, status));
    }
}

TEST(StatusesTest, IllegalTransitionMessageNamesBothStates)
{
    try {
        requireTransition(OrderStatus::Completed, OrderStatus::Pending);
        FAIL() << "expected an illegal transition";
    } catch (const DomainError& error) {
        EXPECT_STREQ(error.what(), "cannot move order from completed to pending");
    }
    try {
        requireTransition(InvoiceStatus::Void, InvoiceStatus::Paid);
        FAIL() << "expected an illegal transition";
    } catch (const DomainError& error) {
        EXPECT_STREQ(error.what(), "cannot move invoice from void to paid");
    }
}
