package io.comptoir.payment.provider;

import io.comptoir.kernel.money.Money;

/**
 * A payment provider (Stripe for cards, Wave for mobile money): it takes a payment, goes on with it
 * after the customer acted, and gives money back. Every call carries an idempotency key, so a
 * repeated call (a redelivered request, a retry after a crash) never charges or refunds twice.
 * Unreachable or unconfigured: {@link ProviderUnavailableException}, nothing charged.
 */
public interface PaymentProvider {

    /** The provider's name, as recorded on payments and events ({@code stripe}). */
    String id();

    /** The order method it serves ({@code CARD}, {@code MOBILE_MONEY}). */
    String method();

    ProviderAttempt start(PaymentOrder order);

    /** Goes on with a payment that required the customer's action, once they acted. */
    ProviderAttempt resume(String reference, String idempotencyKey);

    ProviderRefund refund(String reference, Money amount, String idempotencyKey);
}
