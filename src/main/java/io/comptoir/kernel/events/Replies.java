package io.comptoir.kernel.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kafka request-reply without giving up the outbox: an engine stores its request with its state
 * change (so the request survives a Kafka outage or a crash), then awaits here the reply: the event
 * the answering engine emitted while handling the request, whose causation id is the request's id.
 * Every process reads every reply ({@link ReplyListener}), so the replica that took the HTTP
 * request is the one that answers it. A reply that comes before anyone waits is kept a while.
 */
@ApplicationScoped
public class Replies {

    private static final Duration KEEP = Duration.ofMinutes(2);

    private record Slot(CompletableFuture<EventEnvelope> reply, Instant since) {}

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** The reply to request event {@code requestId}, waiting up to {@code timeout}; empty when none came. */
    public Optional<EventEnvelope> await(String requestId, Duration timeout) {
        Slot slot = slots.computeIfAbsent(requestId, s -> new Slot(new CompletableFuture<>(), Instant.now()));
        try {
            return Optional.of(slot.reply().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reply slot failed", e.getCause());
        } finally {
            slots.remove(requestId, slot);
        }
    }

    void deliver(EventEnvelope reply) {
        Instant now = Instant.now();
        if (reply.causationId() == null) {
            return;
        }
        slots.computeIfAbsent(reply.causationId(), s -> new Slot(new CompletableFuture<>(), now))
                .reply()
                .complete(reply);
        // Replies nobody waited for (another process's, or after a time-out) are not kept for long.
        slots.values().removeIf(s -> s.reply().isDone() && s.since().plus(KEEP).isBefore(now));
    }
}
