package io.comptoir.events.promotion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code promotion.sale.ended}. */
@RegisterForReflection
public record SaleEnded(@NotBlank String saleId, @NotBlank String categoryId, @NotNull Instant endedAt) {}
