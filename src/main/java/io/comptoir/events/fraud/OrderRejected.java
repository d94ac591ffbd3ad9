package io.comptoir.events.fraud;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code fraud.order.rejected}: a held order refused. */
@RegisterForReflection
public record OrderRejected(
        @NotBlank String orderId, @NotBlank String customerId, int score, @NotBlank String reason, String decidedBy) {}
