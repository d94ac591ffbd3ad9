package io.comptoir.console.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.console.config.ConsoleConfig;
import io.comptoir.console.kafka.RecordReader;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.TopicNames;
import io.comptoir.kernel.problem.InvalidParameterException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Recent events of a topic, and every event of one aggregate or one request across all topics. */
@ApplicationScoped
public class EventBrowser {

    /** The latest events of a topic, newest first. */
    public record RecentEvents(String topic, List<EventView> events) {}

    /** Every event found for a key or correlation id, oldest first; truncated when older records were not read. */
    public record Trace(String key, String correlationId, List<EventView> events, boolean truncated) {}

    private static final Comparator<EventView> CHRONOLOGICAL = Comparator.comparing(EventView::timestamp)
            .thenComparing(EventView::topic)
            .thenComparingInt(EventView::partition)
            .thenComparingLong(EventView::offset);

    private final RecordReader reader;
    private final TopicNames names;
    private final ConsoleConfig config;
    private final ObjectMapper json;

    EventBrowser(RecordReader reader, TopicNames names, ConsoleConfig config, ObjectMapper json) {
        this.reader = reader;
        this.names = names;
        this.config = config;
        this.json = json;
    }

    /** The last {@code limit} events of a registered topic, newest first. */
    public RecentEvents recent(String topicId, int limit) {
        Topic topic = Topic.byId(Objects.requireNonNullElse(topicId, ""))
                .orElseThrow(() -> new InvalidParameterException("topic", "unknown topic '" + topicId + "'"));
        List<EventView> events = reader.tail(List.of(names.topic(topic)), limit, r -> true).records().stream()
                .map(r -> EventView.of(r, topic.id(), json))
                .sorted(CHRONOLOGICAL.reversed())
                .limit(limit)
                .toList();
        return new RecentEvents(topic.id(), events);
    }

    /** Events of every registered topic whose key or {@code ce_correlationid} is the one given (exactly one of them). */
    public Trace trace(String key, String correlationId) {
        boolean byKey = key != null && !key.isBlank();
        boolean byCorrelation = correlationId != null && !correlationId.isBlank();
        if (byKey == byCorrelation) {
            throw new InvalidParameterException(byKey ? "correlationId" : "key", "give either key or correlationId");
        }
        Predicate<ConsumerRecord<String, byte[]>> match = byKey
                ? r -> key.equals(r.key())
                : r -> correlationId.equals(EventView.header(r.headers(), CloudEventHeaders.CORRELATION_ID));
        RecordReader.Tail tail =
                reader.tail(Arrays.stream(Topic.values()).map(names::topic).toList(), config.traceLookback(), match);
        List<EventView> events = tail.records().stream()
                .map(r -> EventView.of(
                        r, names.fromKafka(r.topic()).map(Topic::id).orElse(r.topic()), json))
                .sorted(CHRONOLOGICAL)
                .toList();
        return new Trace(byKey ? key : null, byKey ? null : correlationId, events, tail.truncated());
    }
}
