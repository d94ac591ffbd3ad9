package io.comptoir.payment.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/**
 * A verified Stripe event, stored under its Stripe id before it is acknowledged: a redelivery finds
 * it and is acknowledged without a second effect; a crash after the acknowledgement loses nothing,
 * since the event ({@code payment.webhook.received}) was written with it.
 */
@MongoEntity(collection = "payment_webhooks")
public class StripeWebhook extends Aggregate {

    public String type;
    public String apiVersion;
    public boolean livemode;
    /** The body exactly as signed, so it can be read again whatever its API version. */
    public String payload;

    public Instant receivedAt;
    public int deliveries;

    public State state = State.RECEIVED;
    /** The provider's id of the payment it concerns, while it waits for that payment to be known. */
    public String reference;
    /** APPLIED, UNCHANGED (a duplicate or older news) or IGNORED (a type the engine does not act on). */
    public String outcome;

    public String paymentId;
    public Instant processedAt;
    /** When the periodic job last tried it in vain; the least recently tried go first. */
    public Instant retriedAt;

    /** RECEIVED and stored; PARKED until its payment is known; PROCESSED once applied or ignored. */
    public enum State {
        RECEIVED,
        PARKED,
        PROCESSED
    }
}
