package io.comptoir.payment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.comptoir.testing.Api;
import io.comptoir.testing.StripeSignatures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a signing secret nothing can be verified: webhooks are refused with 503, so Stripe retries them. */
@QuarkusTest
@TestProfile(StripeWebhookUnconfiguredTest.NoSecret.class)
class StripeWebhookUnconfiguredTest {

    /** No webhook signing secret. */
    public static class NoSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.payment.stripe.webhook-secrets", "");
        }
    }

    @Test
    void webhooksAreNotAcknowledgedUnverified() {
        String body = StripeWebhookTest.event("evt_" + Api.unique("nosecret").replace("-", ""), "2026-07-29.dahlia");
        StripeWebhookTest.post(body, StripeSignatures.header(body))
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .body(
                        "detail",
                        equalTo("Stripe webhooks are not configured (comptoir.payment.stripe.webhook-secrets)"));
    }
}
