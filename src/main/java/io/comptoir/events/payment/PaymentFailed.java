package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Payload of {@code payment.payment.failed}. {@code retryable}: the provider could not be reached or
 * the method is not available, so nothing was charged and the order may try again; otherwise the
 * payment was refused (declined card) and the order is cancelled.
 */
@RegisterForReflection
public record PaymentFailed(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        String errorCode,
        String errorMessage,
        boolean retryable) {}
