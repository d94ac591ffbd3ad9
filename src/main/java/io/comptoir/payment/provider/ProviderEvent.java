package io.comptoir.payment.provider;

import io.comptoir.kernel.money.Money;
import io.comptoir.payment.domain.PaymentStatus;
import java.util.List;

/**
 * What a provider's notification (a Stripe event) says about a payment: the status it reached, or
 * the refunds made. {@code paymentId} comes from the metadata Comptoir set, {@code reference} is the
 * provider's id of the payment; either finds the payment.
 */
public record ProviderEvent(
        String eventId,
        String type,
        String paymentId,
        String reference,
        PaymentStatus status,
        String failureCode,
        String failureMessage,
        Money refundedTotal,
        List<Refund> refunds) {

    /** A refund the provider reports as done. */
    public record Refund(String id, Money amount) {}

    public boolean isRefund() {
        return refundedTotal != null;
    }
}
