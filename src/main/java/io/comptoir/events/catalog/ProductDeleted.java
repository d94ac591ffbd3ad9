package io.comptoir.events.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code catalog.product.deleted}. */
@RegisterForReflection
public record ProductDeleted(@NotBlank String productId, long revision) {}
