package io.comptoir.console.kafka;

import io.comptoir.console.config.ConsoleConfig;
import io.comptoir.kernel.problem.UnavailableException;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The console's own Kafka clients, outside SmallRye's channels: one admin client for offsets and
 * consumer groups, and short-lived group-less consumers and producers for reading and replaying
 * records. Built from the connector's broker configuration, keeping only the address and security.
 */
@ApplicationScoped
public class ConsoleKafka {

    private static final Set<String> CONNECTION_KEYS = Set.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
            "sasl.mechanism",
            "sasl.jaas.config",
            "ssl.truststore.location",
            "ssl.truststore.password",
            "ssl.truststore.type",
            "ssl.endpoint.identification.algorithm");

    private final Map<String, Object> connection;
    private final Duration timeout;
    private volatile Admin admin;

    ConsoleKafka(@Identifier("default-kafka-broker") Map<String, Object> kafka, ConsoleConfig config) {
        Map<String, Object> kept = new HashMap<>(kafka);
        kept.keySet().retainAll(CONNECTION_KEYS);
        this.connection = Map.copyOf(kept);
        this.timeout = config.readTimeout();
    }

    void close(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** Offsets of {@code topics} (those that exist) and what {@code groups} committed on them. */
    public Offsets offsets(Collection<String> topics, Collection<String> groups) {
        Admin client = admin();
        Set<String> existing = await(client.listTopics().names());
        List<String> wanted = topics.stream().filter(existing::contains).toList();
        Map<String, TopicDescription> described = wanted.isEmpty()
                ? Map.of()
                : await(client.describeTopics(wanted).allTopicNames());
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> end = listOffsets(client, partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> beginning = listOffsets(client, partitions, OffsetSpec.earliest());
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        if (!groups.isEmpty()) {
            var result = client.listConsumerGroupOffsets(groups.stream()
                    .collect(Collectors.toMap(Function.identity(), g -> new ListConsumerGroupOffsetsSpec())));
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> offsets = await(result.partitionsToOffsetAndMetadata(group));
                Map<TopicPartition, Long> kept = new HashMap<>();
                offsets.forEach((tp, om) -> {
                    if (om != null) {
                        kept.put(tp, om.offset());
                    }
                });
                committed.put(group, kept);
            }
        }
        return new Offsets(beginning, end, committed);
    }

    private Map<TopicPartition, Long> listOffsets(Admin client, List<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> info =
                await(client.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                        .all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        info.forEach((tp, i) -> offsets.put(tp, i.offset()));
        return offsets;
    }

    /** A consumer in no group, committing nothing: assign it partitions and seek. */
    public KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "comptoir-console-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        // Instances rather than class names: nothing for a native image to instantiate by reflection.
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** A producer waiting for every replica's acknowledgement, for replays. */
    public KafkaProducer<String, byte[]> producer() {
        Map<String, Object> props = new HashMap<>(connection);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "comptoir-console-" + UUID.randomUUID());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) timeout.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() * 2);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** How long a call to Kafka may take. */
    public Duration timeout() {
        return timeout;
    }

    private Admin admin() {
        Admin client = admin;
        if (client == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> props = new HashMap<>(connection);
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "comptoir-console-" + UUID.randomUUID());
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                    admin = Admin.create(props);
                }
                client = admin;
            }
        }
        return client;
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new UnavailableException("Kafka did not answer: " + message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for Kafka");
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
