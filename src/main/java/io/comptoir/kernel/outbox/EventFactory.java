package io.comptoir.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.Cause;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds pending events, refusing any emission the topic registry does not grant: a topic owned by
 * another engine, or a payload of another type than the topic's.
 */
@ApplicationScoped
public class EventFactory {

    private final ObjectMapper json;

    EventFactory(ObjectMapper json) {
        this.json = json;
    }

    public EventBuffer buffer(Engine engine, Cause cause) {
        return new EventBuffer(engine, cause, this);
    }

    PendingEvent create(Engine engine, Topic topic, String subject, Object payload, Cause cause) {
        if (topic.owner() != engine) {
            throw new IllegalStateException(engine.id() + " may not emit " + topic.id() + ", owned by "
                    + topic.owner().id());
        }
        Class<?> type = topic.payloadType();
        if (!type.isInstance(payload)) {
            throw new IllegalStateException(topic.id() + " carries " + type.getSimpleName() + ", not "
                    + payload.getClass().getSimpleName());
        }
        try {
            return new PendingEvent(
                    UUID.randomUUID().toString(),
                    topic.id(),
                    "/comptoir/" + engine.id(),
                    Instant.now(),
                    subject,
                    cause.correlationId(),
                    cause.causationId(),
                    cause.userId(),
                    Topic.CURRENT_VERSION,
                    json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + topic.id() + " payload", e);
        }
    }
}
