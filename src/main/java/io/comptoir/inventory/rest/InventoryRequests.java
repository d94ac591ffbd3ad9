package io.comptoir.inventory.rest;

import io.comptoir.kernel.web.Identifiers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the inventory endpoints. */
final class InventoryRequests {

    private static final long MAX_UNITS = 100_000_000;

    private InventoryRequests() {}

    /** {@code PUT /api/inventory/{sku}}: a stock count, and the threshold under which it is low. */
    record Count(
            @NotBlank @Pattern(regexp = Identifiers.ID) String productId,
            @NotNull @Min(0) @Max(MAX_UNITS) Long onHand,
            @Min(0) @Max(MAX_UNITS) Long lowThreshold) {}

    /** {@code POST /api/inventory/{sku}/adjustments}: units received (positive) or lost (negative). */
    record Adjustment(@NotNull @Min(-MAX_UNITS) @Max(MAX_UNITS) Long delta, @NotBlank @Size(max = 200) String reason) {}
}
