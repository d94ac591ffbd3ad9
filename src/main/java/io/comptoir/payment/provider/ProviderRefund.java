package io.comptoir.payment.provider;

/** A refund as the provider answered it: its id, and whether it went through already. */
public record ProviderRefund(String id, Status status) {

    /** SUCCEEDED at once for most cards; PENDING until the provider's webhook says otherwise. */
    public enum Status {
        SUCCEEDED,
        PENDING,
        FAILED
    }
}
