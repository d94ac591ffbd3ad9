package io.comptoir.payment.provider;

/** What a subscription is asked for: Comptoir's ids, the provider's plan, the customer's payment method. */
public record SubscriptionOrder(
        String subscriptionId, String customerId, String planId, String paymentMethodId, String idempotencyKey) {}
