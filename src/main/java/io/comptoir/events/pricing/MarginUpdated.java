package io.comptoir.events.pricing;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** Payload of {@code pricing.margin.updated}: the margin rate of a category. */
@RegisterForReflection
public record MarginUpdated(@NotBlank String categoryId, @NotNull BigDecimal marginRate, @NotNull Instant updatedAt) {}
