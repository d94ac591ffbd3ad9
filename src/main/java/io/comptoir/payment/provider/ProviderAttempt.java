package io.comptoir.payment.provider;

import io.comptoir.payment.domain.PaymentStatus;

/**
 * The provider's answer to a charge: its reference (Stripe's PaymentIntent id), the status reached,
 * what the customer needs to act ({@code clientSecret}, {@code nextActionUrl}), or why it failed.
 */
public record ProviderAttempt(
        String reference,
        PaymentStatus status,
        String clientSecret,
        String nextActionUrl,
        String failureCode,
        String failureMessage) {

    public static ProviderAttempt failed(String reference, String code, String message) {
        return new ProviderAttempt(reference, PaymentStatus.FAILED, null, null, code, message);
    }
}
