package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code payment.payment.refunded}: all or part of a payment given back. */
@RegisterForReflection
public record PaymentRefunded(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        @NotBlank String refundId,
        String reason,
        @NotNull @Valid Money refundedTotal,
        boolean fullyRefunded) {}
