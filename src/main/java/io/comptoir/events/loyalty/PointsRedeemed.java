package io.comptoir.events.loyalty;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/** Payload of {@code loyalty.points.redeemed}: points spent against an order. */
@RegisterForReflection
public record PointsRedeemed(
        @NotBlank String customerId, @NotBlank String orderId, @Positive long points, long balance) {}
