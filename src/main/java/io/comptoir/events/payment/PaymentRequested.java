package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code payment.payment.requested}: the order side asks the payment engine to take a payment. */
@RegisterForReflection
public record PaymentRequested(
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        @NotBlank String method,
        String returnUrl) {}
