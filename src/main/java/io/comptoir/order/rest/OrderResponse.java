package io.comptoir.order.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.order.domain.FraudHold;
import io.comptoir.order.domain.Order;
import io.comptoir.order.domain.OrderStatus;
import io.comptoir.order.domain.PaymentMethod;
import io.comptoir.order.domain.PaymentProgress;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it. */
public record OrderResponse(
        String id,
        String customerId,
        OrderStatus status,
        List<LineResponse> items,
        Money subtotal,
        List<DiscountResponse> discounts,
        String promoCode,
        Money total,
        PaymentMethod paymentMethod,
        PaymentResponse payment,
        FraudResponse fraud,
        Instant paymentDueBy,
        List<TransitionResponse> history,
        Instant placedAt,
        Instant updatedAt) {

    /** The latest payment attempt, as far as the order knows it. */
    public record PaymentResponse(
            String paymentId, int attempt, PaymentProgress status, String failureCode, Money refunded) {}

    /** The fraud engine's hold: HELD until CLEARED or REJECTED, and whether a confirmation waits for it. */
    public record FraudResponse(FraudHold.Status status, int score, List<String> reasons, boolean confirmWhenCleared) {}

    /** One ordered variant. */
    public record LineResponse(
            String productId,
            String sku,
            String name,
            int quantity,
            Money listPrice,
            Money unitPrice,
            Money lineTotal,
            String saleId) {}

    /** A discount applied: {@code SALE}, {@code BUNDLE} or {@code CODE}, and the offer id or code. */
    public record DiscountResponse(String kind, String reference, Money amount) {}

    /** One status reached. */
    public record TransitionResponse(OrderStatus status, Instant at, String reason) {}

    static OrderResponse of(Order o) {
        return new OrderResponse(
                o.id,
                o.customerId,
                o.status,
                o.lines.stream()
                        .map(l -> new LineResponse(
                                l.productId,
                                l.sku,
                                l.name,
                                l.quantity,
                                l.listPrice,
                                l.unitPrice,
                                l.lineTotal,
                                l.saleId))
                        .toList(),
                o.subtotal,
                o.discounts.stream()
                        .map(d -> new DiscountResponse(d.kind, d.reference, d.amount))
                        .toList(),
                o.promoCode,
                o.total,
                o.paymentMethod,
                o.payment == null
                        ? null
                        : new PaymentResponse(
                                o.payment.paymentId,
                                o.payment.attempt,
                                o.payment.status,
                                o.payment.failureCode,
                                o.payment.refunded),
                o.fraud == null
                        ? null
                        : new FraudResponse(o.fraud.status, o.fraud.score, o.fraud.reasons, o.fraud.confirmWhenCleared),
                o.paymentDueBy,
                o.history.stream()
                        .map(t -> new TransitionResponse(t.status, t.at, t.reason))
                        .toList(),
                o.placedAt,
                o.updatedAt);
    }
}
