package io.comptoir.console.kafka;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * One look at Kafka's offsets: where each partition starts and ends, and where each consumer group
 * stands. A group's position in a partition is its committed offset, or the partition's start when
 * it committed none (it will read it all).
 */
public record Offsets(
        Map<TopicPartition, Long> beginning,
        Map<TopicPartition, Long> end,
        Map<String, Map<TopicPartition, Long>> committed) {

    /** Sum of the end offsets of a topic's partitions: every record it ever held. */
    public long produced(String topic) {
        return end.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Sum of a group's positions in a topic's partitions. */
    public long position(String group, String topic) {
        Map<TopicPartition, Long> offsets = committed.getOrDefault(group, Map.of());
        return end.keySet().stream()
                .filter(tp -> tp.topic().equals(topic))
                .mapToLong(tp -> offsets.getOrDefault(tp, beginning.getOrDefault(tp, 0L)))
                .sum();
    }

    /** Records of a topic a group has yet to read: end minus position, per partition, never negative. */
    public long lag(String group, String topic) {
        Map<TopicPartition, Long> offsets = committed.getOrDefault(group, Map.of());
        return end.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e -> Math.max(
                        0, e.getValue() - offsets.getOrDefault(e.getKey(), beginning.getOrDefault(e.getKey(), 0L))))
                .sum();
    }
}
