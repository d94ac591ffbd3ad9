package io.comptoir.events.payment;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code payment.webhook.received}: a verified Stripe event, stored before it was acknowledged. */
@RegisterForReflection
public record WebhookReceived(
        @NotBlank String stripeEventId,
        @NotBlank String type,
        String apiVersion,
        boolean livemode,
        @NotBlank String payload,
        @NotNull Instant receivedAt) {}
