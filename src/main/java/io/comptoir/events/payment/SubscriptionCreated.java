package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code payment.subscription.created}. */
@RegisterForReflection
public record SubscriptionCreated(
        @NotBlank String subscriptionId,
        @NotBlank String customerId,
        @NotBlank String planId,
        @NotBlank String status,
        String clientSecret) {}
