package io.comptoir.payment.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.payment.domain.Payment;
import io.comptoir.payment.domain.PaymentStatus;
import java.time.Instant;
import java.util.List;

/** A payment as the API shows it; the client secret only while the customer has to act. */
public record PaymentResponse(
        String id,
        String orderId,
        String customerId,
        int attempt,
        Money amount,
        String method,
        String provider,
        String reference,
        PaymentStatus status,
        String clientSecret,
        String nextActionUrl,
        String failureCode,
        String failureMessage,
        Money refunded,
        List<Refund> refunds,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt) {

    /** A refund of the payment. */
    public record Refund(String id, Money amount, Payment.RefundState status, String reason, Instant requestedAt) {

        static Refund of(Payment.RefundRecord r) {
            return new Refund(r.id, r.amount, r.status, r.reason, r.requestedAt);
        }
    }

    static PaymentResponse of(Payment p) {
        boolean acting = p.status == PaymentStatus.REQUIRES_ACTION;
        return new PaymentResponse(
                p.id,
                p.orderId,
                p.customerId,
                p.attempt,
                p.amount,
                p.method,
                p.provider,
                p.reference,
                p.status,
                acting ? p.clientSecret : null,
                acting ? p.nextActionUrl : null,
                p.failureCode,
                p.failureMessage,
                p.refunded,
                p.refunds.stream().map(Refund::of).toList(),
                p.createdAt,
                p.updatedAt,
                p.completedAt);
    }
}
