package io.comptoir.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What a loyalty point redeemed against an order takes off its total. */
@ConfigMapping(prefix = "comptoir.order.points")
public interface PointsConfig {

    /** Minor units of {@link #currency()} one point is worth. */
    @WithDefault("5")
    long value();

    /** Currency of orders points can be redeemed against. */
    @WithDefault("XOF")
    String currency();
}
