package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Payload of {@code loyalty.points.redeemed}: where points redeemed against an order stand —
 * {@code RESERVED} at placement, or {@code REFUSED} (the balance could not cover them: the order
 * engine cancels the order with {@link #REFUSED_REASON}), {@code CONSUMED} on confirmation,
 * {@code RETURNED} on cancellation or refund — and the customer's spendable balance after it.
 */
@RegisterForReflection
public record PointsRedeemed(
        @NotBlank String customerId,
        @NotBlank String orderId,
        @Positive long points,
        @NotBlank String status,
        String reason,
        @PositiveOrZero long balance) {

    /** The reason an order is cancelled when its points are refused. */
    public static final String REFUSED_REASON = "POINTS_REFUSED";

    public static final String RESERVED = "RESERVED";
    public static final String REFUSED = "REFUSED";
    public static final String CONSUMED = "CONSUMED";
    public static final String RETURNED = "RETURNED";
}
