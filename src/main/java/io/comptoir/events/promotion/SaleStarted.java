package io.comptoir.events.promotion;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code promotion.sale.started}: a timed offer, {@code percent} off (a fraction, 0.10
 * is 10 %) until {@code endsAt}: on every product of a category ({@code CATEGORY}, {@code
 * categoryId}), or on a bundle ({@code BUNDLE}): the {@code productIds} bought together, once per
 * complete set in an order.
 */
@RegisterForReflection
public record SaleStarted(
        @NotBlank String saleId,
        @NotBlank String kind,
        @NotBlank String name,
        String categoryId,
        @NotNull List<@NotBlank String> productIds,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal percent,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {

    public static final String CATEGORY = "CATEGORY";
    public static final String BUNDLE = "BUNDLE";
}
