package io.comptoir.events.review;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Payload of {@code review.review.submitted}: a rating and comment, with automatic moderation flags. */
@RegisterForReflection
public record ReviewSubmitted(
        @NotBlank String reviewId,
        @NotBlank String productId,
        @NotBlank String customerId,
        @Min(1) @Max(5) int rating,
        String comment,
        @NotNull List<String> flags) {}
