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

    /** Stripe. */
    interface Stripe {

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
