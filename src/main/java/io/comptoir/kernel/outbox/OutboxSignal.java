package io.comptoir.kernel.outbox;

import io.comptoir.kernel.config.ComptoirConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells this process's relay which documents just received pending events, so it claims them by
 * id at once instead of searching every outbox. Only a hint: what it misses (another process's
 * writes, a hint dropped when too many are queued, a restart) the relay's periodic sweep finds.
 */
@ApplicationScoped
public class OutboxSignal {

    private static final int MAX_HINTS = 100_000;

    private final boolean relayEnabled;
    private final Semaphore wake = new Semaphore(0);
    private final Map<String, Queue<Object>> hints = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();

    OutboxSignal(ComptoirConfig config) {
        this.relayEnabled = config.outbox().relayEnabled();
    }

    /** Document {@code id} of {@code collection} holds events to relay (ignored where the relay is off). */
    public void pending(String collection, Object id) {
        if (!relayEnabled) {
            return;
        }
        if (queued.incrementAndGet() <= MAX_HINTS) {
            hints.computeIfAbsent(collection, c -> new ConcurrentLinkedQueue<>())
                    .add(id);
        } else {
            queued.decrementAndGet();
        }
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Takes up to {@code max} hinted ids of {@code collection}. */
    List<Object> take(String collection, int max) {
        Queue<Object> queue = hints.get(collection);
        List<Object> ids = new ArrayList<>();
        Object id;
        while (queue != null && ids.size() < max && (id = queue.poll()) != null) {
            queued.decrementAndGet();
            ids.add(id);
        }
        return ids;
    }

    /** Wakes the relay without a hint (to let it see that it must stop). */
    void wake() {
        wake.release();
    }

    /** Waits until a hint arrives or {@code timeout} passed. */
    void await(Duration timeout) throws InterruptedException {
        wake.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }
}
