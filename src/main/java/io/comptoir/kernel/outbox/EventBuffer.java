package io.comptoir.kernel.outbox;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the events a state change causes, so they are written in the same atomic document write
 * as the change itself. Only topics owned by the writing engine are accepted.
 */
public final class EventBuffer {

    private final Engine engine;
    private final Cause cause;
    private final EventFactory factory;
    private final List<PendingEvent> events = new ArrayList<>();

    EventBuffer(Engine engine, Cause cause, EventFactory factory) {
        this.engine = engine;
        this.cause = cause;
        this.factory = factory;
    }

    /** Adds an event about aggregate {@code subject}, which is also its Kafka key. */
    public EventBuffer add(Topic topic, String subject, Object payload) {
        events.add(factory.create(engine, topic, subject, payload, cause));
        return this;
    }

    /** The id of the event added last: a request's id, which its reply names as its cause. */
    public String lastEventId() {
        return events.getLast().id();
    }

    List<PendingEvent> events() {
        return events;
    }
}
