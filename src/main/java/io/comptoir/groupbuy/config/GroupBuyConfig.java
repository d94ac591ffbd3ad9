package io.comptoir.groupbuy.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Timing of the group buy engine. */
@ConfigMapping(prefix = "comptoir.groupbuy")
public interface GroupBuyConfig {

    /**
     * How often groups past their deadline are closed (a tier reached: orders placed) or expired;
     * joins are refused from the deadline on, whenever the job comes.
     */
    @WithDefault("15s")
    Duration closeCheckEvery();
}
