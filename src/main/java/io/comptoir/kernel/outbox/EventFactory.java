package io.comptoir.kernel.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds pending events, refusing any emission the topic registry does not grant: a topic owned by
 * another engine, a payload of another type than the topic's, or one that breaks its constraints.
 */
@ApplicationScoped
public class EventFactory {

    private final ObjectMapper json;
    private final Validator validator;

    EventFactory(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
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
        // An event its consumers would dead-letter must not leave: the change that causes it is refused.
        var violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new UnprocessableException(
                    "the change would publish an invalid " + topic.id() + " event",
                    violations.stream()
                            .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                            .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                            .toList());
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
