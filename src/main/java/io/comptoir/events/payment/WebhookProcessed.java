package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code payment.webhook.processed}: what the payment engine made of a Stripe event. */
@RegisterForReflection
public record WebhookProcessed(
        @NotBlank String stripeEventId, @NotBlank String type, @NotBlank String outcome, String paymentId) {}
