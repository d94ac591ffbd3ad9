package io.comptoir.payment.domain;

/**
 * Where a payment stands. A status only moves forward ({@link #rank}): an older provider event
 * arriving late changes nothing. SUCCEEDED outranks FAILED, since money that came in must be
 * accounted for (and given back if its order was cancelled meanwhile).
 */
public enum PaymentStatus {
    /**
     * Asked of the provider, which could not be reached: nothing known to be charged. Asked again
     * under the same idempotency key, so a charge the provider made meanwhile is found, not repeated.
     */
    PENDING(0),
    /** The customer must act (3-D Secure, or enter the card with the client secret). */
    REQUIRES_ACTION(1),
    PROCESSING(2),
    FAILED(3),
    SUCCEEDED(4),
    /** Given back in full. */
    REFUNDED(5);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    public boolean isBefore(PaymentStatus other) {
        return rank < other.rank;
    }
}
