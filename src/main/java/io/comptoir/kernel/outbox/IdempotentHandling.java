package io.comptoir.kernel.outbox;

/**
 * The handling, on this thread, of a consumed event whose handler is idempotent on its own, so the
 * inbox neither looks the event up nor records it (two database commands saved per event). Two
 * kinds, and {@link AggregateRepository} holds the handler to its kind:
 *
 * <ul>
 *   <li>{@link Kind#RECORDED}: the aggregates the handler changes record the event. {@code apply}
 *       records it even when it changes nothing (a redelivery must not find another state and
 *       act), {@code create} needs an id the event determines (a redelivery then finds it taken).
 *   <li>{@link Kind#SNAPSHOT}: the event is the state of its key as it now is (a sku's stock), and
 *       the handler sets a view from it with {@code apply}. Redeliveries come in the key's order,
 *       after the events they repeat, so applying them again leaves the view as the last event
 *       says: {@code apply} ignores the aggregate's record and writes only what changes.
 * </ul>
 *
 * Either way {@code modify} and {@code upsert}, which record no event, are refused. Writes outside
 * the repository must be guarded by a key from the event the same way.
 */
public final class IdempotentHandling {

    /** What makes the handler idempotent. */
    public enum Kind {
        RECORDED,
        SNAPSHOT
    }

    private static final ThreadLocal<IdempotentHandling> CURRENT = new ThreadLocal<>();

    private final Kind kind;
    private boolean applied;
    private boolean repeated;

    private IdempotentHandling(Kind kind) {
        this.kind = kind;
    }

    /** Runs {@code handler}; true when it had an effect or saw nothing that says it ran before. */
    public static boolean run(Kind kind, Runnable handler) {
        IdempotentHandling handling = new IdempotentHandling(kind);
        CURRENT.set(handling);
        try {
            handler.run();
        } finally {
            CURRENT.remove();
        }
        return handling.applied || !handling.repeated;
    }

    static boolean recordsEveryEvent() {
        IdempotentHandling handling = CURRENT.get();
        return handling != null && handling.kind == Kind.RECORDED;
    }

    static boolean reapplies() {
        IdempotentHandling handling = CURRENT.get();
        return handling != null && handling.kind == Kind.SNAPSHOT;
    }

    static void refuse(String operation) {
        if (CURRENT.get() != null) {
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
