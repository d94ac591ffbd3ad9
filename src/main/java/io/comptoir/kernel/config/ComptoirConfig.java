package io.comptoir.kernel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Configuration shared by every engine: which engines run, topic naming, outbox and inbox tuning. */
@ConfigMapping(prefix = "comptoir")
public interface ComptoirConfig {

    /**
     * Engines running in this process, by id ({@code catalog,order,loyalty}), or {@code all}. A
     * disabled engine's endpoints answer 404 and its Kafka consumer group does not start.
     */
    @WithDefault("all")
    Set<String> engines();

    Kafka kafka();

    Outbox outbox();

    Inbox inbox();

    interface Kafka {
        /** Prefix put before every topic name, e.g. {@code staging.} (seed 003 used {@code dreamscape.}). */
        Optional<String> topicPrefix();

        /** Prefix of the consumer group ids: one group per engine, {@code <prefix><engine>}. */
        @WithDefault("comptoir-")
        String groupPrefix();

        /**
         * Whether to create every registered topic and dead-letter topic at start-up (dev and test;
         * in production the Strimzi KafkaTopic resources do it).
         */
        @WithDefault("false")
        boolean provisionTopics();

        /** Partitions of provisioned topics: the most consumers of one engine that can share the load. */
        @WithDefault("3")
        int partitions();

        /**
         * Kafka consumers per engine in this process, each handling its partitions in order
         * (SmallRye's channel {@code concurrency}). One is the default: replicas share an engine's
         * partitions, and every consumer more costs a client and a group member at each start and
         * stop.
         */
        @WithDefault("1")
        int consumerConcurrency();
    }

    interface Outbox {
        /** Whether this process relays pending events to Kafka (any number of replicas may). */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * How long the relay, once woken, waits for more writes to relay them in one batch: a little
         * latency for far fewer database round trips under load.
         */
        @WithDefault("10ms")
        Duration linger();

        /** How often the relay looks for pending events when nothing woke it up. */
        @WithDefault("500ms")
        Duration pollInterval();

        /**
         * How often the relay also searches every outbox, beyond the documents this process wrote:
         * it finds other processes' events (where their relay is off) and anything left behind.
         */
        @WithDefault("5s")
        Duration sweepInterval();

        /** How long a relay replica owns the documents it claimed before another may take them over. */
        @WithDefault("60s")
        Duration lease();

        /** Most documents claimed per collection in one relay pass. */
        @WithDefault("500")
        int batchSize();

        /**
         * How long the relay waits for the broker to acknowledge a batch before keeping what was not
         * acknowledged for a later pass; keep it well under {@link #lease()}.
         */
        @WithDefault("15s")
        Duration sendTimeout();

        /**
         * How long a batch may wait for acknowledgements, the relay's producer connected to no
         * broker, before Kafka is reported unreachable (readiness, and requests waiting for a reply
         * answer 503 at once); the batch still waits its {@link #sendTimeout()}.
         */
        @WithDefault("2s")
        Duration unreachableAfter();
    }

    interface Inbox {
        /** How long handled event ids are remembered in the shared inbox (aggregates keep their own). */
        @WithDefault("P30D")
        Duration retention();
    }
}
