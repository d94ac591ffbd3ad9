package io.comptoir.delivery;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.TopicNames;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Renders {@code k8s/kafka/topics.yaml}: one Strimzi {@code KafkaTopic} per registered topic and
 * per engine's dead-letter topic, so the cluster's topics are the registry's, never a hand-kept
 * copy. Production sizing lives here: partitions bound how many consumers of one engine share the
 * load, replicas and in-sync replicas how many broker losses the events survive.
 */
final class KafkaTopicManifests {

    static final String PATH = "k8s/kafka/topics.yaml";
    static final String CLUSTER = "comptoir";
    static final int PARTITIONS = 6;
    static final int REPLICAS = 3;
    static final Duration EVENT_RETENTION = Duration.ofDays(7);
    /** Dead letters wait longer: someone has to look at them and replay them. */
    static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

    private KafkaTopicManifests() {}

    static String render() {
        TopicNames names = new TopicNames("", null);
        StringBuilder yaml = new StringBuilder()
                .append("# GENERATED from the topic registry (io.comptoir.events.Topic): do not edit by hand.\n")
                .append("# KubernetesManifestsTest fails when this file and the registry differ; regenerate with\n")
                .append("#   ./mvnw test -Dtest=KubernetesManifestsTest -Dupdate-generated=true\n");
        for (Topic topic : Topic.values()) {
            String consumers =
                    topic.consumers().stream().sorted().map(Engine::id).collect(Collectors.joining(","));
            yaml.append(topic(
                    names.topic(topic),
                    "events of " + topic.owner().id() + ", keyed by " + topic.key()
                            + (consumers.isEmpty() ? "" : ", consumed by " + consumers),
                    EVENT_RETENTION));
        }
        Arrays.stream(Engine.values())
                .forEach(engine -> yaml.append(topic(
                        names.deadLetter(engine),
                        "records the " + engine.id() + " engine could not process",
                        DEAD_LETTER_RETENTION)));
        return yaml.toString();
    }

    private static String topic(String name, String description, Duration retention) {
        return """
                ---
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: %s
                  labels:
                    strimzi.io/cluster: %s
                  annotations:
                    comptoir.io/description: "%s"
                spec:
                  partitions: %d
                  replicas: %d
                  config:
                    retention.ms: %d
                    min.insync.replicas: %d
                """
                .formatted(name, CLUSTER, description, PARTITIONS, REPLICAS, retention.toMillis(), REPLICAS - 1);
    }
}
