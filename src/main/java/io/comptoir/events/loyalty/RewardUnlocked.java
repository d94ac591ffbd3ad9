package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code loyalty.reward.unlocked}: a reward reached at a points threshold. */
@RegisterForReflection
public record RewardUnlocked(@NotBlank String customerId, @NotBlank String rewardId, long threshold) {}
