package io.comptoir.events.review;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Payload of {@code review.review.approved}: with the product's new rating aggregate. */
@RegisterForReflection
public record ReviewApproved(
        @NotBlank String reviewId,
        @NotBlank String productId,
        @Min(1) @Max(5) int rating,
        @NotNull BigDecimal averageRating,
        long reviewCount) {}
