package io.comptoir.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.Cause;
import jakarta.validation.Validation;
import java.util.List;

/**
 * A real {@link EventBuffer} for unit tests of an engine's rules, without MongoDB or Kafka: the
 * events are checked as in production (the engine owns the topic, the payload is valid) and can be
 * read back by topic.
 */
public final class RecordedEvents {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final EventFactory FACTORY =
            new EventFactory(JSON, Validation.buildDefaultValidatorFactory().getValidator());

    private final EventBuffer buffer;

    public RecordedEvents(Engine engine) {
        this.buffer = FACTORY.buffer(engine, new Cause("unit-test", null, null));
    }

    /** The buffer to hand to the rules. */
    public EventBuffer buffer() {
        return buffer;
    }

    /** The topics of the events added, in order. */
    public List<String> topics() {
        return buffer.events().stream().map(PendingEvent::topic).toList();
    }

    /** The payloads of the events added on {@code topic}, in order. */
    public <T> List<T> payloads(Topic topic, Class<T> type) {
        return buffer.events().stream()
                .filter(e -> e.topic().equals(topic.id()))
                .map(e -> read(e.data(), type))
                .toList();
    }

    /** Forgets the events added so far, to look at what the next step adds. */
    public void clear() {
        buffer.events().clear();
    }

    private static <T> T read(String data, Class<T> type) {
        try {
            return JSON.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + data, e);
        }
    }
}
