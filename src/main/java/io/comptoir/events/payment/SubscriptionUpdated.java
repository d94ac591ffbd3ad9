package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;

/**
 * Payload of {@code payment.subscription.updated}: the subscription's status as Stripe names it
 * (INCOMPLETE, ACTIVE, PAST_DUE, CANCELED, …), or FAILED when it could not be set up, and why.
 */
@RegisterForReflection
public record SubscriptionUpdated(
        @NotBlank String subscriptionId,
        @NotBlank String customerId,
        @NotBlank String status,
        Instant currentPeriodEnd,
        String reason) {}
