package io.comptoir.events.promotion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;

/** Payload of {@code promotion.sale.started}: a timed sale on a category. */
@RegisterForReflection
public record SaleStarted(
        @NotBlank String saleId,
        @NotBlank String categoryId,
        @NotNull BigDecimal percent,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {}
