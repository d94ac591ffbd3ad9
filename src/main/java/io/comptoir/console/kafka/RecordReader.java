package io.comptoir.console.kafka;

import io.comptoir.kernel.problem.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the tail of topics with a short-lived consumer: the last records of every partition, up to
 * the end each had when the read began, within a bounded time. Nothing is committed and no group is
 * joined, so the engines' consumers never notice.
 */
@ApplicationScoped
public class RecordReader {

    private static final Duration POLL = Duration.ofMillis(200);

    /** What a read found, and whether it saw less than all of every partition (older records left, or out of time). */
    public record Tail(List<ConsumerRecord<String, byte[]>> records, boolean truncated) {}

    private final ConsoleKafka kafka;

    RecordReader(ConsoleKafka kafka) {
        this.kafka = kafka;
    }

    /** The records matching {@code match} among the last {@code perPartition} of each partition of {@code topics}. */
    public Tail tail(Collection<String> topics, int perPartition, Predicate<ConsumerRecord<String, byte[]>> match) {
        Instant deadline = Instant.now().plus(kafka.timeout());
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer()) {
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(kafka.timeout());
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t ->
                            existing.getOrDefault(t, List.of()).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            if (partitions.isEmpty()) {
                return new Tail(List.of(), false);
            }
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, kafka.timeout());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, kafka.timeout());
            boolean truncated = false;
            Map<TopicPartition, Long> start = new HashMap<>();
            for (TopicPartition tp : partitions) {
                long from = Math.max(beginning.get(tp), end.get(tp) - perPartition);
                truncated |= from > beginning.get(tp);
                if (from < end.get(tp)) {
                    start.put(tp, from);
                }
            }
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            Set<TopicPartition> pending = new HashSet<>(start.keySet());
            consumer.assign(pending);
            start.forEach(consumer::seek);
            while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(tp) && match.test(record)) {
                        found.add(record);
                    }
                }
                List<TopicPartition> done = pending.stream()
                        .filter(tp -> consumer.position(tp, kafka.timeout()) >= end.get(tp))
                        .toList();
                done.forEach(pending::remove);
                consumer.pause(done);
            }
            return new Tail(found, truncated || !pending.isEmpty());
        } catch (KafkaException e) {
            throw new UnavailableException("Kafka could not be read: " + e.getMessage());
        }
    }

    /** The record at {@code offset} of a partition, if it is still there. */
    public Optional<ConsumerRecord<String, byte[]>> one(String topic, int partition, long offset) {
        Instant deadline = Instant.now().plus(kafka.timeout());
        TopicPartition tp = new TopicPartition(topic, partition);
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer()) {
            if (consumer.listTopics(kafka.timeout()).getOrDefault(topic, List.of()).stream()
                    .noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            List<TopicPartition> partitions = List.of(tp);
            long first = consumer.beginningOffsets(partitions, kafka.timeout()).get(tp);
            long end = consumer.endOffsets(partitions, kafka.timeout()).get(tp);
            if (offset < first || offset >= end) {
                return Optional.empty();
            }
            consumer.assign(partitions);
            consumer.seek(tp, offset);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
                if (consumer.position(tp, kafka.timeout()) > offset) {
                    return Optional.empty();
                }
            }
            throw new UnavailableException(
                    "Kafka did not return " + topic + "-" + partition + "@" + offset + " in time");
        } catch (KafkaException e) {
            throw new UnavailableException("Kafka could not be read: " + e.getMessage());
        }
    }
}
