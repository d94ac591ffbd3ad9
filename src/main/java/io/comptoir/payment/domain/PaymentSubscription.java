package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription at the provider, by Comptoir subscription id (customer and plan). Provider events
 * applied to it are remembered by id; a status change older than the one applied is ignored.
 */
@MongoEntity(collection = "payment_subscriptions")
public class PaymentSubscription extends Aggregate {

    public String customerId;
    public String planId;
    public int attempt;
    public String provider;
    public String reference;
    /** The provider's status (INCOMPLETE, ACTIVE, PAST_DUE, CANCELED, …), or FAILED when it could not be made. */
    public String status;

    public Instant statusAt;
    public Instant currentPeriodEnd;
    public List<String> paidInvoices = new ArrayList<>();
    public List<String> providerEvents = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;
}
