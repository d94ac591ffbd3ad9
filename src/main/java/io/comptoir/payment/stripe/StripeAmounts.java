package io.comptoir.payment.stripe;

import io.comptoir.kernel.money.Money;
import io.comptoir.payment.domain.PaymentStatus;
import java.util.Set;

/**
 * What Stripe's amounts and statuses mean here. Stripe counts amounts in the currency's smallest
 * unit as ISO 4217 defines it — XOF (zero-decimal) in francs, EUR in cents — which is exactly a
 * {@link Money} amount, except for the few currencies where Stripe departs from ISO: those are
 * refused rather than charged a hundred times too much or too little.
 */
public final class StripeAmounts {

    /** The PaymentIntent metadata key naming the Comptoir payment. */
    public static final String PAYMENT_ID = "payment_id";

    /** The subscription metadata key naming the Comptoir subscription. */
    public static final String SUBSCRIPTION_ID = "subscription_id";

    // Stripe's special cases (its "Special cases" list): ISO says 0 or 2 digits, Stripe differs.
    private static final Set<String> DIFFERENT_FROM_ISO = Set.of("ISK", "HUF", "TWD", "UGX");

    private StripeAmounts() {}

    public static boolean supports(String currency) {
        return !DIFFERENT_FROM_ISO.contains(currency);
    }

    public static long toStripe(Money money) {
        if (DIFFERENT_FROM_ISO.contains(money.currency())) {
            throw new IllegalArgumentException("Stripe counts " + money.currency() + " differently from ISO 4217");
        }
        return money.amount();
    }

    /** A PaymentIntent status as a payment status: what is waiting on the customer is REQUIRES_ACTION. */
    public static PaymentStatus status(String intentStatus) {
        return switch (intentStatus) {
            case "succeeded" -> PaymentStatus.SUCCEEDED;
            case "processing", "requires_capture" -> PaymentStatus.PROCESSING;
            case "canceled" -> PaymentStatus.FAILED;
            default -> PaymentStatus.REQUIRES_ACTION; // requires_action, _confirmation, _payment_method
        };
    }
}
