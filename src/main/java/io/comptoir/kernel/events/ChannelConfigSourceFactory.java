package io.comptoir.kernel.events;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.inbox.DeadLetters;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Generates the Kafka channel configuration of every consuming engine from the topic registry, so
 * subscriptions can never drift from the grants: one channel {@code <engine>-in} per engine,
 * subscribed to exactly the topics the registry lets it consume, in its own consumer group, with a
 * dead-letter topic, and disabled when the engine is switched off. Its ordinal is below
 * {@code application.properties}, which can still override any attribute.
 */
public class ChannelConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        TopicNames names = new TopicNames(
                value(context, TopicNames.PREFIX_PROPERTY), value(context, TopicNames.GROUP_PREFIX_PROPERTY));
        Set<String> enabled = Arrays.stream(Objects.requireNonNullElse(value(context, "comptoir.engines"), "all")
                        .split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        String consumers = Objects.requireNonNullElse(value(context, "comptoir.kafka.consumer-concurrency"), "1");
        Map<String, String> props = new HashMap<>();
        for (Engine engine : Engine.values()) {
            Set<Topic> topics = Topic.consumedBy(engine);
            if (topics.isEmpty()) {
                continue;
            }
            String channel = "mp.messaging.incoming." + engine.channel() + ".";
            props.put(channel + "connector", "smallrye-kafka");
            props.put(
                    channel + "topics",
                    topics.stream().map(names::topic).sorted().collect(Collectors.joining(",")));
            props.put(channel + "group.id", names.group(engine));
            props.put(channel + "enabled", Boolean.toString(enabled.contains("all") || enabled.contains(engine.id())));
            props.put(channel + "auto.offset.reset", "earliest");
            // One consumer per engine by default: every consumer more is a client to create, a group
            // member to rebalance at each start and stop; replicas share the partitions.
            props.put(channel + "concurrency", consumers);
            props.put(channel + "failure-strategy", DeadLetters.STRATEGY);
            props.put(channel + "dead-letter-queue.topic", names.deadLetter(engine));
            // Outages are not deaths: a record may wait on the database for as long as the inbox's
            // retries last, and the broker or the database being away must not make Kubernetes
            // restart the pod (SmallRye's channel health keeps any failure it ever saw).
            props.put(channel + "throttled.unprocessed-record-max-age.ms", "0");
            common(channel, props);
        }
        replies(names, enabled, props);
        return List.of(new PropertiesConfigSource(props, "comptoir-channels", ORDINAL));
    }

    /**
     * The reply channel ({@link ReplyListener}): the topics answering the requests of the engines
     * running here, read from the end in a consumer group of this process alone, committing
     * nothing, since a reply matters only to the process waiting for it, and only for a moment.
     */
    private static void replies(TopicNames names, Set<String> enabled, Map<String, String> props) {
        String topics = Arrays.stream(Topic.values())
                .filter(t ->
                        enabled.contains("all") || enabled.contains(t.owner().id()))
                .flatMap(t -> t.replies().stream())
                .map(names::topic)
                .sorted()
                .distinct()
                .collect(Collectors.joining(","));
        String channel = "mp.messaging.incoming." + ReplyListener.CHANNEL + ".";
        props.put(channel + "connector", "smallrye-kafka");
        props.put(channel + "enabled", Boolean.toString(!topics.isEmpty()));
        props.put(channel + "topics", topics.isEmpty() ? "none" : topics);
        // This process's own group (several processes may share a host name), made when the
        // configuration is read at run time, never at build time (a native image would share it).
        props.put(channel + "group.id", names.replyGroup(UUID.randomUUID().toString()));
        props.put(channel + "auto.offset.reset", "latest");
        props.put(channel + "enable.auto.commit", "false");
        props.put(channel + "commit-strategy", "ignore");
        props.put(channel + "failure-strategy", "ignore");
        common(channel, props);
    }

    /**
     * What every channel shares: no health of its own (see above); no graceful wait at stop (what is
     * handled is committed, the rest is delivered again after the restart and skipped by the inbox
     * where it was handled); and empty fetches answered by the broker within 100 ms (500 ms by
     * default). Closing a consumer waits for its fetch in flight, and SmallRye closes the channels
     * one after another: with one channel per engine, the default made every stop (and every
     * dev-mode reload) take 0.3 s per engine. The price is ten empty fetches a second per idle
     * channel instead of two; records are answered as soon as they arrive either way.
     */
    private static void common(String channel, Map<String, String> props) {
        props.put(channel + "health-enabled", "false");
        props.put(channel + "health-readiness-enabled", "false");
        props.put(channel + "graceful-shutdown", "false");
        props.put(channel + "fetch.max.wait.ms", "100");
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }
}
