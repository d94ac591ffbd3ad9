package io.comptoir.kernel.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An engine's Kafka listener: a bean whose {@code @Incoming} method on the engine's channel hands
 * every record to {@link #handle}, which runs it through the {@link Inbox} with the engine's
 * handlers; those are checked against the registry at start-up ({@link ListenerCheck}). A
 * {@code @Singleton}: messaging needs no client proxy, and the handlers are fixed at construction.
 */
public abstract class EventListener {

    private final Inbox inbox;
    private final EventHandlers handlers;

    protected EventListener(Inbox inbox, EventHandlers handlers) {
        this.inbox = inbox;
        this.handlers = handlers;
    }

    protected void handle(ConsumerRecord<String, byte[]> record) {
        inbox.handle(record, handlers);
    }

    public EventHandlers handlers() {
        return handlers;
    }
}
