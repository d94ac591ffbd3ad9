package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/** Payload of {@code payment.subscription.updated}. */
@RegisterForReflection
public record SubscriptionUpdated(
        @NotBlank String subscriptionId,
        @NotBlank String customerId,
        @NotBlank String status,
        Instant currentPeriodEnd) {}
