package io.comptoir.events.order;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code order.order.placed}: the order as placed, with the prices it was placed at:
 * {@code subtotal} at catalogue prices, the {@code discounts} applied (category sales, bundles, the
 * promo code, loyalty points), and the {@code total} to pay.
 */
@RegisterForReflection
public record OrderPlaced(
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotEmpty List<@NotNull @Valid Line> lines,
        @NotNull @Valid Money subtotal,
        @NotNull List<@NotNull @Valid Discount> discounts,
        String promoCode,
        @NotNull @Valid Money total,
        @NotBlank String paymentMethod,
        @NotNull Instant placedAt) {

    /** Kind of the discount paid with loyalty points; its reference is the number of points. */
    public static final String POINTS = "POINTS";

    /** Loyalty points redeemed against the order (0 when none). */
    public long pointsRedeemed() {
        return discounts.stream()
                .filter(d -> POINTS.equals(d.kind()))
                .mapToLong(d -> Long.parseLong(d.reference()))
                .sum();
    }

    /** One ordered variant: its catalogue price, and the unit price paid after any category sale. */
    @RegisterForReflection
    public record Line(
            @NotBlank String productId,
            @NotBlank String sku,
            String name,
            @Positive int quantity,
            @NotNull @Valid Money listPrice,
            @NotNull @Valid Money unitPrice,
            @NotNull @Valid Money lineTotal) {}

    /**
     * A discount applied: a category sale ({@code SALE}), a bundle ({@code BUNDLE}), a promo code
     * ({@code CODE}) or loyalty points ({@code POINTS}, reference = the number of points).
     */
    @RegisterForReflection
    public record Discount(@NotBlank String kind, @NotBlank String reference, @NotNull @Valid Money amount) {}
}
