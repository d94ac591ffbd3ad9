package io.comptoir.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.StripeSignatures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint, with the cases of stripe-java's own {@code WebhookTest} and a body signed
 * as Stripe signs it: only a verified event is stored and acknowledged, once, however often it
 * comes; anything that does not verify is a 400 and leaves nothing behind.
 */
@QuarkusTest
class StripeWebhookTest {

    private static final String PATH = "/api/payments/webhooks/stripe";

    static String event(String id, String apiVersion) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "livemode": false,
                  "type": "payment_intent.succeeded",
                  "data": {"object": {"id": "pi_123", "object": "payment_intent", "amount": 25335, "currency": "xof"}}
                }"""
                .formatted(id, apiVersion, Instant.now().getEpochSecond());
    }

    static ValidatableResponse post(String body, String signature) {
        var request = given().contentType("application/json; charset=utf-8").body(body);
        if (signature != null) {
            request = request.header("Stripe-Signature", signature);
        }
        return request.post(PATH).then();
    }

    @Test
    void aVerifiedEventIsStoredAndAnnouncedOnceHoweverOftenItComes() throws IOException {
        String id = "evt_" + Api.unique("ok").replace("-", "");
        String body = event(id, "2026-07-29.dahlia");
        try (KafkaProbe probe = KafkaProbe.of("payment.webhook.received")) {
            post(body, StripeSignatures.header(body))
                    .statusCode(200)
                    .body("received", equalTo(true))
                    .body("eventId", equalTo(id))
                    .body("duplicate", equalTo(false));
            for (int i = 0; i < 5; i++) {
                post(body, StripeSignatures.header(body)).statusCode(200).body("duplicate", equalTo(true));
            }
            var received = new ObjectMapper().readTree(KafkaProbe.value(probe.awaitOne(r -> id.equals(r.key()))));
            org.assertj.core.api.Assertions.assertThat(received.path("type").asText())
                    .isEqualTo("payment_intent.succeeded");
            org.assertj.core.api.Assertions.assertThat(received.path("payload").asText())
                    .isEqualTo(body);
            probe.assertExactly(r -> id.equals(r.key()), 1);
        }
    }

    @Test
    void whatDoesNotVerifyIsRefusedAndLeavesNothing() {
        String id = "evt_" + Api.unique("bad").replace("-", "");
        String body = event(id, "2026-07-29.dahlia");
        long now = Instant.now().getEpochSecond();

        post(body, null).statusCode(400).body("detail", equalTo("missing Stripe-Signature header"));
        post(body, "bad_header")
                .statusCode(400)
                .body(
                        "detail",
                        equalTo("invalid Stripe-Signature: Unable to extract timestamp and signatures from header"));
        post(body, "i'm not even a real signature header").statusCode(400);
        post(body, "t=not_a_number,v1=somesignature")
                .statusCode(400)
                .body(
                        "detail",
                        equalTo("invalid Stripe-Signature: Unable to extract timestamp and signatures from header"));
        post(body, StripeSignatures.header(body, StripeSignatures.SECRET, now, "v0"))
                .statusCode(400)
                .body("detail", equalTo("invalid Stripe-Signature: No signatures found with expected scheme"));
        post(body, StripeSignatures.header(body, "whsec_someone_else", now, "v1"))
                .statusCode(400)
                .body(
                        "detail",
                        equalTo(
                                "invalid Stripe-Signature: No signatures found matching the expected signature for payload"));
        post(body, StripeSignatures.header(body, StripeSignatures.SECRET, now - 301, "v1"))
                .statusCode(400)
                .body("detail", equalTo("invalid Stripe-Signature: Timestamp outside the tolerance zone"));
        post(body.replace("25335", "1"), StripeSignatures.header(body)).statusCode(400);
        String notJson = "this is not valid JSON";
        post(notJson, StripeSignatures.header(notJson))
                .statusCode(400)
                .body("detail", equalTo("the signed body is not JSON"));
        String notAnEvent = "{\"id\":\"acct_1\",\"object\":\"account\"}";
        post(notAnEvent, StripeSignatures.header(notAnEvent))
                .statusCode(400)
                .body("detail", equalTo("the signed body is not a Stripe event"));

        // None of them stored anything: the first verified delivery is the first one.
        post(body, StripeSignatures.header(body)).statusCode(200).body("duplicate", equalTo(false));
    }

    @Test
    void signaturesThatStripeAcceptsAreAccepted() {
        // A valid v1 among bad ones, a secret being rotated in, an event of another API version.
        String first = event("evt_" + Api.unique("multi").replace("-", ""), "2026-07-29.dahlia");
        post(first, StripeSignatures.header(first) + ",v1=bad_signature").statusCode(200);
        String rotated = event("evt_" + Api.unique("rot").replace("-", ""), "2026-07-29.dahlia");
        post(
                        rotated,
                        StripeSignatures.header(
                                rotated, StripeSignatures.ROTATED, Instant.now().getEpochSecond(), "v1"))
                .statusCode(200);
        String older = event("evt_" + Api.unique("old").replace("-", ""), "2024-06-20");
        post(older, StripeSignatures.header(older)).statusCode(200).body("duplicate", equalTo(false));
    }
}
