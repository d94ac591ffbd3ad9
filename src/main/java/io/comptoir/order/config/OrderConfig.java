package io.comptoir.order.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The order ↔ payment saga's timings. */
@ConfigMapping(prefix = "comptoir.order")
public interface OrderConfig {

    /** How long a placed order waits for its payment (card, mobile money) before it is cancelled. */
    @WithDefault("15m")
    Duration paymentTimeout();

    /** How often placed orders are checked against that deadline. */
    @WithDefault("30s")
    Duration paymentCheckEvery();

    /** How long the payment endpoint waits for the payment engine's answer before a 504. */
    @WithDefault("10s")
    Duration paymentReplyTimeout();
}
