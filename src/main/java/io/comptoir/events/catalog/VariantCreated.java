package io.comptoir.events.catalog;

import io.comptoir.kernel.money.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Payload of {@code catalog.variant.created}: a variant added to a product. */
@RegisterForReflection
public record VariantCreated(
        @NotBlank String productId,
        @NotBlank String sku,
        @NotNull @Valid Money price,
        Map<String, String> attributes) {}
