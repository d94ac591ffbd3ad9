package io.comptoir.events.fraud;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code fraud.order.cleared}: a held order released by an admin, and why. */
@RegisterForReflection
public record OrderCleared(
        @NotBlank String orderId, @NotBlank String customerId, int score, @NotBlank String reason, String decidedBy) {}
