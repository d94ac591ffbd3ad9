package io.comptoir.order.rest;

import io.comptoir.order.domain.OrderService;
import io.comptoir.order.domain.OrderStatus;
import io.comptoir.order.domain.PaymentMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the order endpoints. */
final class OrderRequests {

    /** Promo codes as customers type them; matched case-insensitively. */
    static final String PROMO_CODE = "[A-Za-z0-9_-]{3,32}";

    static final String PROMO_CODE_MESSAGE = "must be 3-32 letters, digits, '_' or '-'";

    /** Most loyalty points one order may redeem. */
    static final long MAX_POINTS = 100_000_000;

    private OrderRequests() {}

    /** {@code POST /api/orders}. */
    record Place(
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items,
            @NotNull PaymentMethod paymentMethod,
            @Pattern(regexp = PROMO_CODE, message = PROMO_CODE_MESSAGE) String promoCode,
            @Min(0) @Max(MAX_POINTS) Long pointsToRedeem) {

        long points() {
            return pointsToRedeem == null ? 0 : pointsToRedeem;
        }

        List<OrderService.Item> toItems() {
            return items.stream()
                    .map(i -> new OrderService.Item(i.productId(), i.sku(), i.quantity()))
                    .toList();
        }
    }

    /** One line of an order request. */
    record Item(
            @NotBlank @Size(max = 100) String productId,
            @NotBlank @Size(max = 64) String sku,
            @Min(1) @Max(1000) int quantity) {}

    /**
     * {@code POST /api/orders/{id}/payment}: the card's Stripe payment method (confirmed at once)
     * or none (the answer's client secret lets the customer's page confirm it), and the page
     * 3-D Secure returns to.
     */
    record Pay(
            @Pattern(regexp = "pm_[A-Za-z0-9_]{1,100}", message = "must be a Stripe payment method id (pm_…)")
                    String paymentMethodId,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
                    String returnUrl) {}

    /** {@code PATCH /api/orders/{id}/status}. */
    record ChangeStatus(@NotNull OrderStatus status, @Size(max = 500) String reason) {}
}
