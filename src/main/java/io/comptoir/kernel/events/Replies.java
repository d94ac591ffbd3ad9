package io.comptoir.kernel.events;

import io.comptoir.kernel.outbox.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    private static final Duration RECHECK = Duration.ofMillis(500);

    private record Slot(CompletableFuture<EventEnvelope> reply, Instant since) {}

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final OutboxRelay relay;

    Replies(OutboxRelay relay) {
        this.relay = relay;
    }

    /**
     * The answer to request event {@code requestId}, waiting up to {@code timeout}; empty when none
     * came. The reply, when it comes on the reply channel, is handed to {@code apply} (which
     * records it as the requester's own consumer will, idempotently); {@code recorded} reads the
     * recorded answer, and is also checked every {@link #RECHECK}, since a process that has just
     * started, or is being rebalanced, may not read the reply channel yet while its consumer has
     * recorded the reply. While this process's relay finds Kafka unreachable no answer can come:
     * it stops waiting at once (a request still in the outbox leaves when Kafka is back), so an
     * outage does not hold a worker thread per request for the whole {@code timeout}.
     */
    public <T> Optional<T> await(
            String requestId, Duration timeout, Consumer<EventEnvelope> apply, Supplier<Optional<T>> recorded) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Duration left = Duration.between(Instant.now(), deadline);
            reply(requestId, left.compareTo(RECHECK) < 0 ? left : RECHECK).ifPresent(apply);
            Optional<T> answer = recorded.get();
            if (answer.isPresent() || !left.isPositive() || !relay.kafkaReachable()) {
                return answer;
            }
        }
    }

    private Optional<EventEnvelope> reply(String requestId, Duration timeout) {
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
