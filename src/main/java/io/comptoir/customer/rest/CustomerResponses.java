package io.comptoir.customer.rest;

import io.comptoir.customer.domain.Customer;
import io.comptoir.customer.domain.CustomerActivity;
import io.comptoir.customer.domain.CustomerStatus;
import io.comptoir.customer.domain.CustomerTier;
import io.comptoir.customer.domain.Profiling;
import io.comptoir.customer.domain.RfmSegment;
import io.comptoir.kernel.money.Money;
import java.time.Instant;
import java.util.List;

/** Response bodies of the customer endpoints, mapped from the documents explicitly. */
final class CustomerResponses {

    private CustomerResponses() {}

    /** A customer: what was onboarded, the lifecycle, the last profiling and what events told (null before any). */
    record CustomerResponse(
            String id,
            String name,
            String email,
            String phone,
            String language,
            CustomerStatus status,
            String statusReason,
            CustomerTier tier,
            ProfileResponse profile,
            ActivityResponse activity,
            Instant createdAt,
            Instant updatedAt) {

        static CustomerResponse of(Customer c, CustomerActivity activity) {
            return new CustomerResponse(
                    c.id,
                    c.name,
                    c.email,
                    c.phone,
                    c.language,
                    c.status,
                    c.statusReason,
                    c.tier,
                    c.profile == null ? null : ProfileResponse.of(c.profile),
                    activity == null ? null : ActivityResponse.of(activity),
                    c.createdAt,
                    c.updatedAt);
        }
    }

    record ProfileResponse(
            int age,
            Money income,
            int creditScore,
            boolean firstPayment,
            Profiling.Segment segment,
            boolean eligible,
            List<String> perks,
            CustomerTier tier,
            List<String> reasons,
            Instant profiledAt) {

        static ProfileResponse of(Customer.Profile p) {
            return new ProfileResponse(
                    p.age,
                    p.income,
                    p.creditScore,
                    p.firstPayment,
                    p.segment,
                    p.eligible,
                    p.perks,
                    p.tier,
                    p.reasons,
                    p.profiledAt);
        }
    }

    record ActivityResponse(Orders orders, Loyalty loyalty, Payments payments, RfmResponse rfm) {

        static ActivityResponse of(CustomerActivity a) {
            return new ActivityResponse(
                    new Orders(
                            a.orderCount, a.spent, a.lastOrderId, a.lastOrderAt, a.ordersCancelled, a.ordersRefunded),
                    new Loyalty(a.loyaltyPoints, a.loyaltyTier),
                    new Payments(a.paymentsCompleted, a.paymentsFailed, a.firstPaymentAt),
                    a.rfm == null ? null : RfmResponse.of(a.id, a));
        }
    }

    /** Orders placed or delivered (cancelled and refunded ones apart) and what they came to. */
    record Orders(long count, Money spent, String lastOrderId, Instant lastOrderAt, long cancelled, long refunded) {}

    /** The loyalty engine's last word: balance and tier (null until it has spoken). */
    record Loyalty(Long points, String tier) {}

    record Payments(long completed, long failed, Instant firstPaymentAt) {}

    record RfmResponse(
            String customerId,
            int recency,
            int frequency,
            int monetary,
            RfmSegment segment,
            long orders,
            Money spent,
            Instant lastOrderAt,
            Instant scoredAt) {

        static RfmResponse of(String customerId, CustomerActivity a) {
            return new RfmResponse(
                    customerId,
                    a.rfm.recency,
                    a.rfm.frequency,
                    a.rfm.monetary,
                    a.rfm.segment,
                    a.orderCount,
                    a.spent,
                    a.lastOrderAt,
                    a.rfm.scoredAt);
        }
    }
}
