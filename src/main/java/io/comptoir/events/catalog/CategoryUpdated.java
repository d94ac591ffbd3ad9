package io.comptoir.events.catalog;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;

/** Payload of {@code catalog.category.updated}: a category as it now is. */
@RegisterForReflection
public record CategoryUpdated(@NotBlank String categoryId, @NotBlank String name, String parentId) {}
