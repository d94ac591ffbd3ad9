package io.comptoir.events.order;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Payload of every order transition topic ({@code order.order.confirmed|shipped|delivered|
 * cancelled|refunded}): which order, whose, from and to which status, why when there is a reason
 * (a cancellation's), and the promo code the order used, if any.
 */
@RegisterForReflection
public record OrderStatusChanged(
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotBlank String previousStatus,
        @NotBlank String status,
        @NotNull @Valid Money total,
        String reason,
        @NotNull Instant changedAt,
        String promoCode) {}
