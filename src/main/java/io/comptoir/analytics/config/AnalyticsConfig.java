package io.comptoir.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When a session ends, and what the KPIs count in. */
@ConfigMapping(prefix = "comptoir.analytics")
public interface AnalyticsConfig {

    /** A session with no tracked event for this long has ended. */
    @WithDefault("30m")
    Duration sessionTimeout();

    /** How often idle sessions are looked for and ended. */
    @WithDefault("1m")
    Duration sessionCheckEvery();

    /** Currency of the revenue KPIs; orders in others are not counted. */
    @WithDefault("XOF")
    String currency();

    /** Top products the KPIs list when the request does not say. */
    @WithDefault("10")
    int top();
}
