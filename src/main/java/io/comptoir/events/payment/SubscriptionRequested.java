package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code payment.subscription.requested}: the customer side asks for a subscription. */
@RegisterForReflection
public record SubscriptionRequested(@NotBlank String customerId, @NotBlank String planId, String paymentMethodId) {}
