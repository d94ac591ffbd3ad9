package io.comptoir.kernel.inbox;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.IdempotentHandling;
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

    /**
     * A typed handler of one topic; {@code idempotence} says why it needs no inbox ({@link
     * #onIdempotent}, {@link #onSnapshot}), null when it goes through the inbox.
     */
    public record Handler<P>(Class<P> type, BiConsumer<P, EventEnvelope> action, IdempotentHandling.Kind idempotence) {

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

    /** Handles {@code topic}, each event once: the inbox skips events the engine has handled before. */
    public <P> EventHandlers on(Topic topic, Class<P> type, BiConsumer<P, EventEnvelope> action) {
        return add(topic, new Handler<>(type, action, null));
    }

    /**
     * Handles {@code topic} with an action that is idempotent on its own: its writes are {@code
     * apply}s, which record the event in the aggregate they change, and creations under an id the
     * event determines ({@link IdempotentHandling}, which refuses the
     * others at run time). The inbox then neither looks the event up nor records it: two database
     * commands fewer per event. Not for multi-step work (a reservation held line by line), nor for
     * effects outside the database (a message sent), nor for an aggregate that may see more than
     * the 100 events it remembers within a redelivery window (a hot product's counter).
     */
    public <P> EventHandlers onIdempotent(Topic topic, Class<P> type, BiConsumer<P, EventEnvelope> action) {
        return add(topic, new Handler<>(type, action, IdempotentHandling.Kind.RECORDED));
    }

    /**
     * Handles {@code topic}, whose events are the state of their key as it now is, with an action
     * that sets a view from it by {@code apply}: redeliveries come in the key's order, so applying
     * them again leaves the view as the last event says. No inbox, and no write when the view does
     * not change ({@link IdempotentHandling.Kind#SNAPSHOT}).
     */
    public <P> EventHandlers onSnapshot(Topic topic, Class<P> type, BiConsumer<P, EventEnvelope> action) {
        return add(topic, new Handler<>(type, action, IdempotentHandling.Kind.SNAPSHOT));
    }

    private EventHandlers add(Topic topic, Handler<?> handler) {
        Class<?> type = handler.type();
        if (!topic.mayBeConsumedBy(engine)) {
            throw new IllegalStateException(
                    "the topic registry does not let " + engine.id() + " consume " + topic.id());
        }
        if (!topic.payloadType().equals(type)) {
            throw new IllegalStateException(
                    topic.id() + " carries " + topic.payloadType().getSimpleName() + ", not " + type.getSimpleName());
        }
        if (handlers.putIfAbsent(topic, handler) != null) {
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
