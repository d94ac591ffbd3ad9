package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Payload of {@code payment.payment.failed}. */
@RegisterForReflection
public record PaymentFailed(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        String errorCode,
        String errorMessage) {}
