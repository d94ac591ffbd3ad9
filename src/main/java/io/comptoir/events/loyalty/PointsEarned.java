package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code loyalty.points.earned}: points credited to a customer for a delivered order. */
@RegisterForReflection
public record PointsEarned(
        @NotBlank String customerId, @NotBlank String orderId, long points, long balance, @NotBlank String tier) {}
