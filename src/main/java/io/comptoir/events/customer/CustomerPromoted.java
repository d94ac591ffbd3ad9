package io.comptoir.events.customer;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code customer.customer.promoted}. */
@RegisterForReflection
public record CustomerPromoted(
        @NotBlank String customerId, String previousTier, @NotBlank String tier, String reason) {}
