#pragma once

#include "domain/StatusMachine.h"

#include <span>
#include <string_view>
#include <vector>

namespace ebm
{

// Lifecycle of a customer organization (tenant). Wire names are the lower-case enumerator names.
enum class OrganizationStatus
{
    Pending,
    Active,
    Suspended,
    Cancelled,
    Expired
};

// Lifecycle of a plan order.
enum class OrderStatus
{
    Pending,
    Paid,
    Processing,
    Completed,
    Failed,
    Cancelled,
    Refunded
};

// Lifecycle of one payment attempt with a provider.
enum class PaymentStatus
{
    Pending,
    Processing,
    Completed,
    Failed,
    Refunded
};

// Lifecycle of an invoice.
enum class InvoiceStatus
{
    Draft,
    Issued,
    Paid,
    Void
};

const StatusMachine<OrganizationStatus>& organizationStatusMachine();
const StatusMachine<OrderStatus>& orderStatusMachine();
const StatusMachine<PaymentStatus>& paymentStatusMachine();
const StatusMachine<InvoiceStatus>& invoiceStatusMachine();

std::string_view toString(OrganizationStatus status);
std::string_view toString(OrderStatus status);
std::string_view toString(PaymentStatus status);
std::string_view toString(InvoiceStatus status);

// All throw DomainError("status", "invalid_choice").
OrganizationStatus parseOrganizationStatus(std::string_view text);
OrderStatus parseOrderStatus(std::string_view text);
PaymentStatus parsePaymentStatus(std::string_view text);
InvoiceStatus parseInvoiceStatus(std::string_view text);

bool canTransition(OrganizationStatus from, OrganizationStatus to);
bool canTransition(OrderStatus from, OrderStatus to);
bool canTransition(PaymentStatus from, PaymentStatus to);
bool canTransition(InvoiceStatus from, InvoiceStatus to);

// All throw DomainError("status", "illegal_transition", "cannot move order from completed to
// pending").
void requireTransition(OrganizationStatus from, OrganizationStatus to);
void requireTransition(OrderStatus from, OrderStatus to);
void requireTransition(PaymentStatus from, PaymentStatus to);
void requireTransition(InvoiceStatus from, InvoiceStatus to);

// Every value, in declaration order (for SQL CHECK constraints, choice lists and tests).
std::span<const OrganizationStatus> allOrganizationStatuses();
std::span<const OrderStatus> allOrderStatuses();
std::span<const PaymentStatus> allPaymentStatuses();
std::span<const InvoiceStatus> allInvoiceStatuses();

// Every wire name, in declaration order.
std::vector<std::string_view> organizationStatusNames();
std::vector<std::string_view> orderStatusNames();
std::vector<std::string_view> paymentStatusNames();
std::vector<std::string_view> invoiceStatusNames();

} // namespace ebm
