package io.comptoir.inventory.config;

import io.comptoir.kernel.config.Bounded;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Stock alerts and reorder suggestions. */
@ConfigMapping(prefix = "comptoir.inventory")
public interface InventoryConfig {

    /** Low-stock threshold of a sku stocked without one of its own. */
    @WithDefault("5")
    @WithConverter(Bounded.NonNegative.class)
    int defaultLowThreshold();

    /** Days of sales the velocity is averaged over. */
    @WithDefault("30")
    @WithConverter(Bounded.Positive.class)
    int velocityWindowDays();

    /** Days between ordering from the supplier and receiving (sea freight from China by default). */
    @WithDefault("45")
    @WithConverter(Bounded.NonNegative.class)
    int leadTimeDays();

    /** Days of sales a reorder should cover once it arrives. */
    @WithDefault("30")
    @WithConverter(Bounded.NonNegative.class)
    int coverDays();
}
