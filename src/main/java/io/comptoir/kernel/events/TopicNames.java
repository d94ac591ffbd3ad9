package io.comptoir.kernel.events;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;

/**
 * Kafka names derived from the registry: prefixed topic names, one dead-letter topic per consuming
 * engine, one consumer group per engine. Used by the relay, the consumers, the generated channel
 * configuration and the tests, so the names are spelled in one place.
 */
public record TopicNames(String prefix, String groupPrefix) {

    public static final String PREFIX_PROPERTY = "comptoir.kafka.topic-prefix";
    public static final String GROUP_PREFIX_PROPERTY = "comptoir.kafka.group-prefix";
    public static final String DEFAULT_GROUP_PREFIX = "comptoir-";

    public TopicNames {
        prefix = prefix == null ? "" : prefix;
        groupPrefix = groupPrefix == null ? DEFAULT_GROUP_PREFIX : groupPrefix;
    }

    public String topic(Topic topic) {
        return prefix + topic.id();
    }

    /** Where an engine's consumer puts records it cannot process, with the reason in headers. */
    public String deadLetter(Engine engine) {
        return prefix + "deadletter." + engine.id();
    }

    public String group(Engine engine) {
        return groupPrefix + engine.id();
    }

    /**
     * The consumer group of one process's reply listener: its own, so every replica sees every
     * reply and completes the requests it is waiting for.
     */
    public String replyGroup(String instance) {
        return groupPrefix + "replies-" + instance;
    }

    /** The registry topic behind a prefixed Kafka topic name, if any. */
    public java.util.Optional<Topic> fromKafka(String kafkaTopic) {
        if (!kafkaTopic.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        return Topic.byId(kafkaTopic.substring(prefix.length()));
    }
}
