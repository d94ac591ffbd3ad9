package io.comptoir.kernel.outbox;

/** Field names the kernel keeps beside an aggregate's state in its document. */
final class OutboxFields {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String OUTBOX = "outbox";
    /** Time of the oldest pending event; absent when nothing is pending (sparse index). */
    static final String PENDING_SINCE = "outboxAt";

    /** Until when a relay replica owns the document's pending events; absent when free. */
    static final String LEASE = "relayLease";
    /** Which claim (replica and pass) holds the lease. */
    static final String CLAIM = "relayClaim";

    static final String HANDLED = "handled";
    /**
     * How many handled event ids an aggregate remembers. A redelivery comes within the consumer's
     * commit interval (seconds), or right after the relay resent what Kafka did not acknowledge;
     * older duplicates are caught by the inbox, where the handler goes through it.
     */
    static final int HANDLED_KEPT = 100;

    private OutboxFields() {}
}
