package io.comptoir.events.promotion;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Payload of {@code promotion.code.redeemed}: the promotion engine's decision on a code used by an
 * order — redeemed, or refused with a reason (the limit was reached by concurrent orders, or the
 * code expired meanwhile), which makes the order engine cancel the order — and the code's uses
 * after it, in total and by this customer.
 */
@RegisterForReflection
public record PromoCodeRedeemed(
        @NotBlank String code,
        @NotBlank String customerId,
        @NotBlank String orderId,
        @NotNull @Valid Money discount,
        boolean redeemed,
        String reason,
        @PositiveOrZero int uses,
        @PositiveOrZero int customerUses) {

    /** The code could not be redeemed for this order; the order is cancelled with this reason. */
    public static final String REFUSED = "PROMO_CODE_REFUSED";
}
