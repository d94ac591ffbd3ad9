package io.comptoir.kernel.events;

import java.util.UUID;

/**
 * Why events are being emitted: the correlation id shared by everything that follows from one
 * request, the id of the event that caused this one (none for an HTTP request) and the user who
 * started it. Every emitted envelope carries these.
 */
public record Cause(String correlationId, String causationId, String userId) {

    /** The cause of events a scheduled job emits: a correlation id of their own, no user. */
    public static Cause scheduled() {
        return new Cause(UUID.randomUUID().toString(), null, null);
    }

    /** The cause of events emitted while handling {@code event}. */
    public static Cause of(EventEnvelope event) {
        return new Cause(event.correlationId(), event.id(), event.userId());
    }
}
