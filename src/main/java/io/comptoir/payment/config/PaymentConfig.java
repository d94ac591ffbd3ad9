package io.comptoir.payment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The payment providers' settings; secrets come from the environment, never from the repository. */
@ConfigMapping(prefix = "comptoir.payment")
public interface PaymentConfig {

    Stripe stripe();

    /**
     * How often the engine retries what it could not finish at once: webhooks that came before
     * their payment was known, refunds due for cancelled orders, refunds interrupted by a crash.
     */
    @WithDefault("30s")
    Duration housekeepingEvery();

    /** Stripe. */
    interface Stripe {

        /**
         * Secret API key ({@code sk_live_…} or {@code sk_test_…}). Without one, card payments are
         * answered "provider unavailable" (503) and nothing is charged.
         */
        Optional<String> apiKey();

        /** Another Stripe API address (a local double in tests); Stripe's own by default. */
        Optional<String> apiBase();

        /** Connect and read time-out of one Stripe call. */
        @WithDefault("20s")
        Duration timeout();

        /** Retries of a failed Stripe call (same idempotency key), as stripe-java does them. */
        @WithDefault("2")
        int maxNetworkRetries();

        /**
         * Signing secrets of the webhook endpoint ({@code whsec_…}); two during a rotation. Without
         * one, webhooks are refused with 503 (Stripe retries) rather than acknowledged unchecked.
         */
        Optional<List<String>> webhookSecrets();

        /** How old a signed webhook may be (Stripe's own default: 5 minutes). */
        @WithDefault("300s")
        Duration webhookTolerance();
    }
}
