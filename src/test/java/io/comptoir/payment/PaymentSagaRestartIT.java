package io.comptoir.payment;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.AppProcess;
import io.comptoir.testing.StripeDouble;
import io.comptoir.testing.StripeSignatures;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The saga survives a crash: the order and payment engines run in a process of their own (the
 * packaged application, as the payments group is deployed), which is killed while the customer is
 * at 3-D Secure and started again after the payment deadline. The deadline, stored with the order,
 * still cancels it; the payment that succeeds after all is refunded on its own.
 */
@QuarkusIntegrationTest
@TestProfile(PaymentSagaRestartIT.OtherEngines.class)
class PaymentSagaRestartIT {

    /** The application under test runs every engine but order and payment. */
    public static class OtherEngines implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("comptoir.engines", "catalog,pricing,inventory,promotion,billing,shipping,loyalty");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final StripeDouble stripe = StripeDouble.get();

    @Test
    void theDeadlineAndALateSuccessSurviveACrash() throws Exception {
        Map<String, String> saga = Map.of(
                "comptoir.payment.stripe.api-key",
                StripeDouble.API_KEY,
                "comptoir.payment.stripe.api-base",
                stripe.baseUrl(),
                "comptoir.payment.stripe.webhook-secrets",
                StripeSignatures.SECRET,
                "comptoir.payment.housekeeping-every",
                "1s",
                "comptoir.order.payment-timeout",
                "8s",
                "comptoir.order.payment-check-every",
                "1s");
        String customer = Api.unique("restart");
        String sku = Api.unique("RST");
        String productId = Api.createProduct(sku, 6_000);
        String orderId;
        String paymentId;
        Instant dueBy;
        try (AppProcess first = AppProcess.start("saga-order-payment", "order,payment", saga)) {
            String[] placed = new String[1];
            await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
                var response = as(first, Tokens.customer(customer))
                        .body(Map.of("items", List.of(Api.item(productId, sku, 1)), "paymentMethod", "CARD"))
                        .post("/api/orders");
                placed[0] = response.statusCode() == 201 ? response.path("id") : null;
                return placed[0] != null;
            });
            orderId = placed[0];
            paymentId = orderId + "-1";
            as(first, Tokens.customer(customer))
                    .body(Map.of("paymentMethodId", "pm_card_threeDSecure2Required"))
                    .post("/api/orders/" + orderId + "/payment")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("REQUIRES_ACTION"));
            dueBy = Instant.parse(as(first, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .extract()
                    .path("paymentDueBy"));
            first.kill();
        }
        // Down past the deadline: no process runs the order engine when it falls due.
        await().atMost(WAIT).until(() -> Instant.now().isAfter(dueBy.plusSeconds(1)));

        try (AppProcess second = AppProcess.start("saga-order-payment", "order,payment", saga)) {
            await().atMost(WAIT).untilAsserted(() -> as(second, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("status", equalTo("CANCELLED"))
                    .body("history[-1].reason", equalTo("PAYMENT_TIMEOUT")));

            stripe.passAuthentication(stripe.intentOf(paymentId).path("id").asText());
            String event = stripe.intentEvent("payment_intent.succeeded", paymentId);
            given().port(second.port())
                    .contentType("application/json; charset=utf-8")
                    .header("Stripe-Signature", StripeSignatures.header(event))
                    .body(event)
                    .post("/api/payments/webhooks/stripe")
                    .then()
                    .statusCode(200);
            await().atMost(WAIT).untilAsserted(() -> as(second, Tokens.admin())
                    .get("/api/payments/" + paymentId)
                    .then()
                    .body("status", equalTo("REFUNDED"))
                    .body("refunded.amount", equalTo(6_000)));
        }
        assertThat(stripe.requests("POST", "/v1/refunds").stream()
                        .filter(r -> r.getHeader("Idempotency-Key").startsWith(paymentId)))
                .hasSize(1);
        assertThat(stripe.intentCount(paymentId)).isEqualTo(1);
    }

    private static RequestSpecification as(AppProcess app, String token) {
        return given().port(app.port()).header(AUTH, token).contentType(ContentType.JSON);
    }
}
