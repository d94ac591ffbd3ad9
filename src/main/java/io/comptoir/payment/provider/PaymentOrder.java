package io.comptoir.payment.provider;

import io.comptoir.kernel.money.Money;

/** What a provider is asked to charge; {@code paymentId} is also the idempotency key of the charge. */
public record PaymentOrder(
        String paymentId, String orderId, String customerId, Money amount, String paymentMethodId, String returnUrl) {}
