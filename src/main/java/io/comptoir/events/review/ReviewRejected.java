package io.comptoir.events.review;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code review.review.rejected}. */
@RegisterForReflection
public record ReviewRejected(@NotBlank String reviewId, @NotBlank String productId, @NotBlank String reason) {}
