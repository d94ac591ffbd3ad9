package io.comptoir.testing;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the whole application is at rest, instead of watching a fixed quiet window: nothing
 * waits in any outbox, and every engine's consumer group that has members has committed every
 * partition it reads up to its end, twice in a row with nothing moved in between. Once at rest, an
 * effect that has not happened will not happen: a test can then assert "exactly once" or "never".
 * Consumers commit every 100 ms in the tests ({@link ComptoirInfra}), so rest comes quickly.
 */
public final class Quiet {

    private static final Duration AT_MOST = Duration.ofSeconds(60);
    private static final String GROUPS = "comptoir-";
    private static final String REPLY_GROUPS = "comptoir-replies-";

    private static Admin admin;

    private Quiet() {}

    /** Returns once the application is at rest; fails after a minute of activity. */
    public static void settle() {
        State[] last = {null};
        await().atMost(AT_MOST).pollInterval(Duration.ofMillis(100)).until(() -> {
            State now = state();
            boolean rest = now.atRest() && now.equals(last[0]);
            last[0] = now;
            return rest;
        });
    }

    /** What is pending and where every consumer group stands, at one moment. */
    private record State(
            long pendingDocuments,
            Map<TopicPartition, Long> ends,
            Map<String, Map<TopicPartition, Long>> committed,
            boolean rebalancing) {

        boolean atRest() {
            return pendingDocuments == 0
                    && !rebalancing
                    && committed.values().stream().allMatch(group -> group.entrySet().stream()
                            .allMatch(c -> Objects.equals(c.getValue(), ends.get(c.getKey()))));
        }
    }

    private static synchronized State state() throws ExecutionException, InterruptedException {
        Admin kafka = admin();
        Set<String> groupIds = kafka.listConsumerGroups().all().get().stream()
                .map(ConsumerGroupListing::groupId)
                .filter(id -> id.startsWith(GROUPS) && !id.startsWith(REPLY_GROUPS))
                .collect(Collectors.toSet());
        Map<String, ConsumerGroupDescription> groups =
                kafka.describeConsumerGroups(groupIds).all().get();
        boolean rebalancing = false;
        Map<String, Set<TopicPartition>> assigned = new HashMap<>();
        for (ConsumerGroupDescription group : groups.values()) {
            if (group.members().isEmpty()) {
                continue; // an engine not running now (another test profile's, or switched off)
            }
            rebalancing |= group.groupState() != GroupState.STABLE;
            assigned.put(
                    group.groupId(),
                    group.members().stream()
                            .flatMap(m -> m.assignment().topicPartitions().stream())
                            .collect(Collectors.toSet()));
        }
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var group : assigned.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = kafka.listConsumerGroupOffsets(
                            Map.of(group.getKey(), new ListConsumerGroupOffsetsSpec()))
                    .partitionsToOffsetAndMetadata(group.getKey())
                    .get();
            Map<TopicPartition, Long> positions = new HashMap<>();
            for (TopicPartition partition : group.getValue()) {
                OffsetAndMetadata offset = offsets.get(partition);
                positions.put(partition, offset == null ? 0L : offset.offset());
                latest.put(partition, OffsetSpec.latest());
            }
            committed.put(group.getKey(), positions);
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        kafka.listOffsets(latest).all().get().forEach((partition, end) -> ends.put(partition, end.offset()));
        return new State(pendingDocuments(), ends, committed, rebalancing);
    }

    /** Aggregates with events their outbox has not yet handed to Kafka, over every collection. */
    private static long pendingDocuments() {
        MongoDatabase database = ComptoirInfra.database();
        long pending = 0;
        for (String collection : database.listCollectionNames()) {
            pending += database.getCollection(collection).countDocuments(Filters.exists("outbox.0"));
        }
        return pending;
    }

    private static Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    ComptoirInfra.kafka().bootstrapServers()));
        }
        return admin;
    }
}
