package io.comptoir.order.rest;

import io.comptoir.kernel.web.Identifiers;
import io.comptoir.order.domain.PaymentMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Request bodies of the cart endpoints. */
final class CartRequests {

    private CartRequests() {}

    /** {@code POST /api/cart/add}. */
    record Add(
            @NotBlank @Pattern(regexp = Identifiers.ID) String productId,
            @NotBlank @Pattern(regexp = Identifiers.SKU, message = Identifiers.SKU_MESSAGE) String sku,
            @Min(1) @Max(1000) int quantity) {}

    /** {@code PUT /api/cart/items/{sku}}. */
    record Quantity(@Min(1) @Max(1000) int quantity) {}

    /** {@code PUT /api/cart/promo-code}. */
    record PromoCode(
            @NotNull @Pattern(regexp = OrderRequests.PROMO_CODE, message = OrderRequests.PROMO_CODE_MESSAGE)
                    String code) {}

    /** {@code POST /api/cart/checkout}. */
    record Checkout(@NotNull PaymentMethod paymentMethod, @Min(0) @Max(OrderRequests.MAX_POINTS) Long pointsToRedeem) {

        long points() {
            return pointsToRedeem == null ? 0 : pointsToRedeem;
        }
    }
}
