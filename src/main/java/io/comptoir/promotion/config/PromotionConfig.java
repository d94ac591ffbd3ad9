package io.comptoir.promotion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timing of the promotion engine's offers. */
@ConfigMapping(prefix = "comptoir.promotion")
public interface PromotionConfig {

    /**
     * How often offers due to start or end are started or ended (their {@code
     * promotion.sale.started|ended}); checkout itself applies an offer only within its window.
     */
    @WithDefault("15s")
    Duration offerCheckEvery();
}
