package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/** A Comptoir customer's customer at the provider (a Stripe customer), by Comptoir customer id. */
@MongoEntity(collection = "payment_customers")
public class PaymentCustomer extends Aggregate {

    public String provider;
    public String reference;
    public Instant createdAt;
}
