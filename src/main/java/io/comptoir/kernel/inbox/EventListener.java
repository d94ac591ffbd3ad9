package io.comptoir.kernel.inbox;

/**
 * Implemented by each engine's Kafka listener bean, whose {@code @Incoming} method on the engine's
 * channel hands every record to {@link Inbox#handle}; checked against the registry at start-up.
 */
public interface EventListener {

    EventHandlers handlers();
}
