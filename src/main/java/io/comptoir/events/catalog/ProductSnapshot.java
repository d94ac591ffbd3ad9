package io.comptoir.events.catalog;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Payload of {@code catalog.product.created} and {@code catalog.product.updated}: the whole product
 * as it now is, so that a consumer's view never depends on having seen earlier events; {@code
 * revision} grows with every change, so a consumer can ignore a stale redelivery.
 */
@RegisterForReflection
public record ProductSnapshot(
        @NotBlank String productId,
        @NotBlank String name,
        String categoryId,
        String sourceUrl,
        @NotNull @Valid Money baseCost,
        @NotBlank String status,
        @NotNull List<@NotNull @Valid Variant> variants,
        long revision) {

    /** One sellable variant of the product; no price until the pricing engine has computed one. */
    @RegisterForReflection
    public record Variant(@NotBlank String sku, @Valid Money price, Map<String, String> attributes) {}
}
