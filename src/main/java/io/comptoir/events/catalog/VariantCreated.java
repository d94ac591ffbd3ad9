package io.comptoir.events.catalog;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/** Payload of {@code catalog.variant.created}: a variant added to a product; no price until the pricing engine's. */
@RegisterForReflection
public record VariantCreated(
        @NotBlank String productId, @NotBlank String sku, @Valid Money price, Map<String, String> attributes) {}
