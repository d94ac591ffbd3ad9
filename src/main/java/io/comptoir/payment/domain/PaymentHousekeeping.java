package io.comptoir.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the payment engine could not finish at once, finished later; safe on every replica at once
 * (versioned writes, the provider's idempotency keys).
 */
@ApplicationScoped
public class PaymentHousekeeping {

    private static final int BATCH = 100;

    private final ProviderNotifications notifications;
    private final Refunds refunds;

    PaymentHousekeeping(ProviderNotifications notifications, Refunds refunds) {
        this.notifications = notifications;
        this.refunds = refunds;
    }

    /** Returns how many things it did. */
    public int run() {
        return notifications.retryParked(BATCH) + refunds.retryPending(BATCH);
    }
}
