#include "domain/Statuses.h"

#include <array>

namespace ebm
{

namespace
{

using Org = OrganizationStatus;
using Order = OrderStatus;
using Pay = PaymentStatus;
using Inv = InvoiceStatus;

constexpr std::array<StatusName<Org>, 5> kOrganizationNames{{
    {Org::Pending, "pending"},
    {Org::Active, "active"},
    {Org::Suspended, "suspended"},
    {Org::Cancelled, "cancelled"},
    {Org::Expired, "expired"},
}};
constexpr std::array<StatusTransition<Org>, 10> kOrganizationTransitions{{
    {Org::Pending, Org::Active},
    {Org::Pending, Org::Cancelled},
    {Org::Active, Org::Suspended},
    {Org::Active, Org::Cancelled},
    {Org::Active, Org::Expired},
    {Org::Suspended, Org::Active},
    {Org::Suspended, Org::Cancelled},
    {Org::Suspended, Org::Expired},
    {Org::Expired, Org::Active},
    {Org::Expired, Org::Cancelled},
}};

constexpr std::array<StatusName<Order>, 7> kOrderNames{{
    {Order::Pending, "pending"},
    {Order::Paid, "paid"},
    {Order::Processing, "processing"},
    {Order::Completed, "completed"},
    {Order::Failed, "failed"},
    {Order::Cancelled, "cancelled"},
    {Order::Refunded, "refunded"},
}};
constexpr std::array<StatusTransition<Order>, 7> kOrderTransitions{{
    {Order::Pending, Order::Paid},
    {Order::Pending, Order::Failed},
    {Order::Pending, Order::Cancelled},
    {Order::Paid, Order::Processing},
    {Order::Paid, Order::Refunded},
    {Order::Processing, Order::Completed},
    {Order::Completed, Order::Refunded},
}};

constexpr std::array<StatusName<Pay>, 5> kPaymentNames{{
    {Pay::Pending, "pending"},
    {Pay::Processing, "processing"},
    {Pay::Completed, "completed"},
    {Pay::Failed, "failed"},
    {Pay::Refunded, "refunded"},
}};
constexpr std::array<StatusTransition<Pay>, 6> kPaymentTransitions{{
    {Pay::Pending, Pay::Processing},
    {Pay::Pending, Pay::Completed},
    {Pay::Pending, Pay::Failed},
    {Pay::Processing, Pay::Completed},
    {Pay::Processing, Pay::Failed},
    {Pay::Completed, Pay::Refunded},
}};

constexpr std::array<StatusName<Inv>, 4> kInvoiceNames{{
    {Inv::Draft, "draft"},
    {Inv::Issued, "issued"},
    {Inv::Paid, "paid"},
    {Inv::Void, "void"},
}};
constexpr std::array<StatusTransition<Inv>, 4> kInvoiceTransitions{{
    {Inv::Draft, Inv::Issued},
    {Inv::Draft, Inv::Void},
    {Inv::Issued, Inv::Paid},
    {Inv::Issued, Inv::Void},
}};

constexpr std::array kAllOrganization{Org::Pending, Org::Active, Org::Suspended, Org::Cancelled,
                                      Org::Expired};
constexpr std::array kAllOrder{Order::Pending,   Order::Paid,   Order::Processing,
                               Order::Completed, Order::Failed, Order::Cancelled,
                               Order::Refunded};
constexpr std::array kAllPayment{Pay::Pending, Pay::Processing, Pay::Completed, Pay::Failed,
                                 Pay::Refunded};
constexpr std::array kAllInvoice{Inv::Draft, Inv::Issued, Inv::Paid, Inv::Void};

template<typename Status>
std::vector<std::string_view> namesOf(const StatusMachine<Status>& machine)
{
    std::vector<std::string_view> names;
    for (const StatusName<Status>& entry : machine.names()) {
        names.push_back(entry.name);
    }
    return names;
}

} // namespace

const StatusMachine<OrganizationStatus>& organizationStatusMachine()
{
    static const StatusMachine<Org> machine("organization", kOrganizationNames,
                                            kOrganizationTransitions);
    return machine;
}

const StatusMachine<OrderStatus>& orderStatusMachine()
{
    static const StatusMachine<Order> machine("order", kOrderNames, kOrderTransitions);
    return machine;
}

const StatusMachine<PaymentStatus>& paymentStatusMachine()
{
    static const StatusMachine<Pay> machine("payment", kPaymentNames, kPaymentTransitions);
    return machine;
}

const StatusMachine<InvoiceStatus>& invoiceStatusMachine()
{
    static const StatusMachine<Inv> machine("invoice", kInvoiceNames, kInvoiceTransitions);
    return machine;
}

std::string_view toString(OrganizationStatus status)
{
    return organizationStatusMachine().toString(status);
}
std::string_view toString(OrderStatus status)
{
    return orderStatusMachine().toString(status);
}
std::string_view toString(PaymentStatus status)
{
    return paymentStatusMachine().toString(status);
}
std::string_view toString(InvoiceStatus status)
{
    return invoiceStatusMachine().toString(status);
}

OrganizationStatus parseOrganizationStatus(std::string_view text)
{
    return organizationStatusMachine().parse(text);
}
OrderStatus parseOrderStatus(std::string_view text)
{
    return orderStatusMachine().parse(text);
}
PaymentStatus parsePaymentStatus(std::string_view text)
{
    return paymentStatusMachine().parse(text);
}
InvoiceStatus parseInvoiceStatus(std::string_view text)
{
    return invoiceStatusMachine().parse(text);
}

bool canTransition(Org from, Org to)
{
    return organizationStatusMachine().canTransition(from, to);
}
bool canTransition(Order from, Order to)
{
    return orderStatusMachine().canTransition(from, to);
}
bool canTransition(Pay from, Pay to)
{
    return paymentStatusMachine().canTransition(from, to);
}
bool canTransition(Inv from, Inv to)
{
    return invoiceStatusMachine().canTransition(from, to);
}

void requireTransition(Org from, Org to)
{
    organizationStatusMachine().requireTransition(from, to);
}
void requireTransition(Order from, Order to)
{
    orderStatusMachine().requireTransition(from, to);
}
void requireTransition(Pay from, Pay to)
{
    paymentStatusMachine().requireTransition(from, to);
}
void requireTransition(Inv from, Inv to)
{
    invoiceStatusMachine().requireTransition(from, to);
}

std::span<const OrganizationStatus> allOrganizationStatuses()
{
    return kAllOrganization;
}
std::span<const OrderStatus> allOrderStatuses()
{
    return kAllOrder;
}
std::span<const PaymentStatus> allPaymentStatuses()
{
    return kAllPayment;
}
std::span<const InvoiceStatus> allInvoiceStatuses()
{
    return kAllInvoice;
}

std::vector<std::string_view> organizationStatusNames()
{
    return namesOf(organizationStatusMachine());
}
std::vector<std::string_view> orderStatusNames()
{
    return namesOf(orderStatusMachine());
}
std::vector<std::string_view> paymentStatusNames()
{
    return namesOf(paymentStatusMachine());
}
std::vector<std::string_view> invoiceStatusNames()
{
    return namesOf(invoiceStatusMachine());
}

} // namespace ebm
