package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/**
 * Payload of {@code loyalty.tier.upgraded} and {@code loyalty.tier.downgraded}: the tier follows
 * the qualifying points (credited, less those reversed or expired; spending them keeps the tier).
 */
@RegisterForReflection
public record TierChanged(
        @NotBlank String customerId, @NotBlank String previousTier, @NotBlank String tier, long qualifyingPoints) {}
