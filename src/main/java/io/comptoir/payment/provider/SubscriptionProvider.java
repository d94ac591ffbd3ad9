package io.comptoir.payment.provider;

/**
 * A provider of recurring payments (Stripe Billing): its customers, and subscriptions to its plans.
 * Same rules as {@link PaymentProvider}: idempotency keys on every create;
 * {@link ProviderUnavailableException} when it cannot be reached; {@link ProviderRefusedException}
 * when it refuses what was asked (an unknown plan, a refused card).
 */
public interface SubscriptionProvider {

    String id();

    /** Creates the provider's customer for a Comptoir customer; returns its reference. */
    String createCustomer(String customerId, String idempotencyKey);

    ProviderSubscription subscribe(String customerReference, SubscriptionOrder order);
}
