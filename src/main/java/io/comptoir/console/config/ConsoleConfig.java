package io.comptoir.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The admin console's operations API: whether this process serves it, how often it samples the
 * topics' offsets for the live chart, and how far back it reads Kafka when asked.
 */
@ConfigMapping(prefix = "comptoir.console")
public interface ConsoleConfig {

    /** Whether this process serves {@code /api/admin/...} (404 otherwise) and samples the event rates. */
    @WithDefault("true")
    boolean enabled();

    /** How often the produced and consumed offsets of every topic are sampled for the rates chart. */
    @WithDefault("10s")
    Duration sampleInterval();

    /** How long samples are kept (in memory, per replica): the span of the rates chart. */
    @WithDefault("15m")
    Duration history();

    /** Records read back per partition of every topic when following a key or correlation id. */
    @WithDefault("1000")
    int traceLookback();

    /** Records read back per partition of every dead-letter topic when listing dead letters. */
    @WithDefault("1000")
    int deadLetterLookback();

    /** Longest a read of Kafka (recent events, trace, dead letters) may take before answering with what it has. */
    @WithDefault("5s")
    Duration readTimeout();
}
