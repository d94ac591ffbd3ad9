package io.comptoir.console.domain;

import io.comptoir.console.kafka.ConsoleKafka;
import io.comptoir.console.kafka.Offsets;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.engine.Engines;
import io.comptoir.kernel.events.TopicNames;
import io.comptoir.kernel.outbox.OutboxRelay;
import io.comptoir.kernel.problem.UnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform at a glance: which engines run here, whether Kafka answers, the outbox backlog, the
 * lag of every engine's consumer group and how many records each topic received and had read. The
 * offsets are the cluster's: with engines split over deployments, any replica's console shows every
 * group, wherever it runs.
 */
@ApplicationScoped
public class PlatformStatus {

    public record EngineState(String id, boolean enabled) {}

    public record KafkaState(boolean reachable) {}

    public record OutboxState(long backlog) {}

    public record TopicLag(String topic, long lag) {}

    public record GroupLag(String group, String engine, long lag, List<TopicLag> topics) {}

    /** {@code produced}: sum of the end offsets; {@code consumed}: positions of its most advanced consuming group. */
    public record TopicFlow(String topic, long produced, long consumed) {}

    public record Platform(
            List<EngineState> engines,
            KafkaState kafka,
            OutboxState outbox,
            List<GroupLag> consumerGroups,
            List<TopicFlow> topics) {}

    private final Engines engines;
    private final OutboxRelay relay;
    private final TopicNames names;
    private final ConsoleKafka kafka;

    PlatformStatus(Engines engines, OutboxRelay relay, TopicNames names, ConsoleKafka kafka) {
        this.engines = engines;
        this.relay = relay;
        this.names = names;
        this.kafka = kafka;
    }

    public Platform platform() {
        List<EngineState> states = Arrays.stream(Engine.values())
                .map(e -> new EngineState(e.id(), engines.isEnabled(e)))
                .toList();
        Optional<Offsets> offsets = offsets();
        List<GroupLag> groups = offsets.map(this::groups).orElse(List.of());
        List<TopicFlow> topics =
                offsets.map(o -> flows(o).values().stream().toList()).orElse(List.of());
        return new Platform(
                states,
                new KafkaState(relay.kafkaReachable() && offsets.isPresent()),
                new OutboxState(relay.backlog()),
                groups,
                topics);
    }

    /** Produced and consumed offsets of every registered topic, by registry id, in registry order. */
    public Optional<Map<String, TopicFlow>> flows() {
        return offsets().map(this::flows);
    }

    private Optional<Offsets> offsets() {
        try {
            return Optional.of(kafka.offsets(
                    Arrays.stream(Topic.values()).map(names::topic).toList(),
                    consumers().stream().map(names::group).toList()));
        } catch (UnavailableException e) {
            return Optional.empty();
        }
    }

    /** The engines that consume something: those with a consumer group. */
    private static Set<Engine> consumers() {
        return Arrays.stream(Engine.values())
                .filter(e -> !Topic.consumedBy(e).isEmpty())
                .collect(Collectors.toSet());
    }

    private List<GroupLag> groups(Offsets offsets) {
        return Arrays.stream(Engine.values())
                .filter(consumers()::contains)
                .map(engine -> {
                    String group = names.group(engine);
                    List<TopicLag> topics = Topic.consumedBy(engine).stream()
                            .map(t -> new TopicLag(t.id(), offsets.lag(group, names.topic(t))))
                            .toList();
                    return new GroupLag(
                            group,
                            engine.id(),
                            topics.stream().mapToLong(TopicLag::lag).sum(),
                            topics);
                })
                .toList();
    }

    private Map<String, TopicFlow> flows(Offsets offsets) {
        Map<String, TopicFlow> flows = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            String kafkaTopic = names.topic(topic);
            long consumed = topic.consumers().stream()
                    .mapToLong(e -> offsets.position(names.group(e), kafkaTopic))
                    .max()
                    .orElse(0);
            flows.put(topic.id(), new TopicFlow(topic.id(), offsets.produced(kafkaTopic), consumed));
        }
        return flows;
    }
}
