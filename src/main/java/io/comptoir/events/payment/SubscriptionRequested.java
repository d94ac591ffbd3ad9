package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * Payload of {@code payment.subscription.requested}: the customer side asks for a subscription to a
 * plan (a Stripe price), attempt {@code attempt} of subscription {@code subscriptionId} (customer
 * and plan); the reply ({@code payment.subscription.created}, or {@code updated} FAILED) is about it.
 */
@RegisterForReflection
public record SubscriptionRequested(
        @NotBlank String subscriptionId,
        @NotBlank String customerId,
        @NotBlank String planId,
        @Positive int attempt,
        String paymentMethodId) {}
