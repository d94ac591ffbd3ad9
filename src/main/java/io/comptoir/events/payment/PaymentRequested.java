package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Payload of {@code payment.payment.requested}: the order side asks the payment engine to take a
 * payment, or to go on with it (the same {@code paymentId} again, after the customer's 3-D Secure).
 * {@code paymentId} names the payment to be (order id and attempt: also the provider's idempotency
 * key); the reply ({@code payment.payment.initiated} or {@code failed}) is about it.
 */
@RegisterForReflection
public record PaymentRequested(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @Positive int attempt,
        @NotNull @Valid Money amount,
        @NotBlank String method,
        String paymentMethodId,
        String returnUrl) {}
