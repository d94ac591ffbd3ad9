package io.comptoir.customer.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/**
 * A customer's subscription to a plan, as the customer side knows it: its id is the customer's and
 * the plan's, so a customer holds one per plan; asked for through Kafka, kept current from the
 * payment engine's events.
 */
@MongoEntity(collection = "customer_subscriptions")
public class Subscription extends Aggregate {

    public static final String REQUESTED = "REQUESTED";
    public static final String FAILED = "FAILED";

    public String customerId;
    public String planId;
    public int attempt;
    /** REQUESTED until the payment engine answers, then Stripe's status (INCOMPLETE, ACTIVE, …) or FAILED. */
    public String status;

    public String requestId;
    public String answeredRequestId;
    /** What the customer's page confirms the first payment with, while INCOMPLETE. */
    public String clientSecret;

    public String reason;
    public Instant currentPeriodEnd;
    public int payments;
    public Money lastPayment;
    public Instant lastPaidAt;
    public Instant createdAt;
    public Instant updatedAt;
}
