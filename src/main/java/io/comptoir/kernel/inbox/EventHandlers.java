package io.comptoir.kernel.inbox;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.EventEnvelope;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What one engine does with each topic it consumes. Declaring a handler for a topic the registry
 * does not grant to the engine, or with another payload type than the registry's, fails at once.
 */
public final class EventHandlers {

    private final Engine engine;
    private final Map<Topic, Handler<?>> handlers = new EnumMap<>(Topic.class);

    /** A typed handler of one topic. */
    public record Handler<P>(Class<P> type, BiConsumer<P, EventEnvelope> action) {

        void handle(Object payload, EventEnvelope envelope) {
            action.accept(type.cast(payload), envelope);
        }
    }

    private EventHandlers(Engine engine) {
        this.engine = engine;
    }

    public static EventHandlers of(Engine engine) {
        return new EventHandlers(engine);
    }

    public <P> EventHandlers on(Topic topic, Class<P> type, BiConsumer<P, EventEnvelope> action) {
        if (!topic.mayBeConsumedBy(engine)) {
            throw new IllegalStateException(
                    "the topic registry does not let " + engine.id() + " consume " + topic.id());
        }
        if (!topic.payloadType().equals(type)) {
            throw new IllegalStateException(
                    topic.id() + " carries " + topic.payloadType().getSimpleName() + ", not " + type.getSimpleName());
        }
        if (handlers.putIfAbsent(topic, new Handler<>(type, action)) != null) {
            throw new IllegalStateException(engine.id() + " handles " + topic.id() + " twice");
        }
        return this;
    }

    public Engine engine() {
        return engine;
    }

    public Set<Topic> topics() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    Optional<Handler<?>> handler(Topic topic) {
        return Optional.ofNullable(handlers.get(topic));
    }
}
