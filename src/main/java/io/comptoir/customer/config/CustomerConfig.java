package io.comptoir.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The customer engine's settings. */
@ConfigMapping(prefix = "comptoir.customer")
public interface CustomerConfig {

    /** How long the subscription endpoint waits for the payment engine's answer before a 504. */
    @WithDefault("10s")
    Duration subscriptionReplyTimeout();
}
