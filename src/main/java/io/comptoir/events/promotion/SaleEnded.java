package io.comptoir.events.promotion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Payload of {@code promotion.sale.ended}: the sale or bundle offer no longer applies. */
@RegisterForReflection
public record SaleEnded(@NotBlank String saleId, @NotNull Instant endedAt) {}
