package io.comptoir.payment.provider;

import io.comptoir.kernel.money.Money;
import java.time.Instant;

/**
 * What a provider's notification says about a subscription: its new status ({@code
 * customer.subscription.*}), a recurring payment made ({@code invoice.paid}) or missed ({@code
 * invoice.payment_failed}). {@code subscriptionId} comes from the metadata Comptoir set, {@code
 * reference} is the provider's id; {@code at} orders status changes that come out of order.
 */
public record SubscriptionEvent(
        String eventId,
        Kind kind,
        String subscriptionId,
        String reference,
        String status,
        Instant currentPeriodEnd,
        String invoiceReference,
        Money amount,
        Instant at) {

    /** What happened. */
    public enum Kind {
        STATUS,
        PAID,
        PAYMENT_FAILED
    }
}
