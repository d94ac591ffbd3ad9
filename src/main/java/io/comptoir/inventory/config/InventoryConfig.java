package io.comptoir.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** Stock alerts and reorder suggestions. */
@ConfigMapping(prefix = "comptoir.inventory")
public interface InventoryConfig {

    /** Low-stock threshold of a sku stocked without one of its own. */
    @WithDefault("5")
    @PositiveOrZero
    long defaultLowThreshold();

    /** Days of sales the velocity is averaged over. */
    @WithDefault("30")
    @Min(1)
    int velocityWindowDays();

    /** Days between ordering from the supplier and receiving (sea freight from China by default). */
    @WithDefault("45")
    @PositiveOrZero
    int leadTimeDays();

    /** Days of sales a reorder should cover once it arrives. */
    @WithDefault("30")
    @PositiveOrZero
    int coverDays();
}
