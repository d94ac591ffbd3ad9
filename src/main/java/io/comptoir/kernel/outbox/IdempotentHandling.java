package io.comptoir.kernel.outbox;

/**
 * The handling, on this thread, of a consumed event whose handler is idempotent on its own, so the
 * inbox neither looks the event up nor records it (two database commands saved per event): the
 * aggregates the handler changes record the event themselves. {@link AggregateRepository} holds
 * the handler to that: {@code apply} records the event even when it changes nothing (a redelivery
 * must not find another state and act), {@code create} needs an id the event determines (a
 * redelivery then finds it taken), and {@code modify} or {@code upsert}, which record nothing, are
 * refused. Writes outside the repository must be guarded by a key from the event the same way.
 */
public final class IdempotentHandling {

    private static final ThreadLocal<IdempotentHandling> CURRENT = new ThreadLocal<>();

    private boolean applied;
    private boolean repeated;

    private IdempotentHandling() {}

    /** Runs {@code handler}; true when it had an effect or saw nothing that says it ran before. */
    public static boolean run(Runnable handler) {
        IdempotentHandling handling = new IdempotentHandling();
        CURRENT.set(handling);
        try {
            handler.run();
        } finally {
            CURRENT.remove();
        }
        return handling.applied || !handling.repeated;
    }

    static boolean active() {
        return CURRENT.get() != null;
    }

    static void refuse(String operation) {
        if (active()) {
            throw new IllegalStateException(
                    operation + " records no event id: a handler declared idempotent may only apply or create under a"
                            + " key the event determines");
        }
    }

    static void applied() {
        IdempotentHandling handling = CURRENT.get();
        if (handling != null) {
            handling.applied = true;
        }
    }

    static void repeated() {
        IdempotentHandling handling = CURRENT.get();
        if (handling != null) {
            handling.repeated = true;
        }
    }
}
