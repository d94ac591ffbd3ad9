package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code loyalty.tier.upgraded} and {@code loyalty.tier.downgraded}. */
@RegisterForReflection
public record TierChanged(
        @NotBlank String customerId, @NotBlank String previousTier, @NotBlank String tier, long lifetimePoints) {}
