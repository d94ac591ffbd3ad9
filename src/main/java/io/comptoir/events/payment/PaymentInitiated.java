package io.comptoir.events.payment;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Payload of {@code payment.payment.initiated}: the provider took the payment; {@code status} is
 * REQUIRES_ACTION (the customer must act: 3-D Secure, with {@code clientSecret} and {@code
 * nextActionUrl}), PROCESSING or SUCCEEDED.
 */
@RegisterForReflection
public record PaymentInitiated(
        @NotBlank String paymentId,
        @NotBlank String orderId,
        @NotBlank String customerId,
        @NotNull @Valid Money amount,
        @NotBlank String provider,
        String providerReference,
        @NotBlank String status,
        String clientSecret,
        boolean requiresAction,
        String nextActionUrl) {}
