package io.comptoir.events.fraud;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code fraud.order.cleared}: a held order released. */
@RegisterForReflection
public record OrderCleared(@NotBlank String orderId, @NotBlank String customerId, int score, String decidedBy) {}
