package io.comptoir.events.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code catalog.product.viewed}: one view, by session and, when known, by customer. */
@RegisterForReflection
public record ProductViewed(@NotBlank String productId, String sessionId, String customerId) {}
