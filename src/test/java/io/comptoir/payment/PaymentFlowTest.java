package io.comptoir.payment;

import static io.comptoir.payment.PaymentFlows.RETURN_URL;
import static io.comptoir.payment.PaymentFlows.WAIT;
import static io.comptoir.payment.PaymentFlows.awaitOrder;
import static io.comptoir.payment.PaymentFlows.awaitPayment;
import static io.comptoir.payment.PaymentFlows.awaitReleased;
import static io.comptoir.payment.PaymentFlows.deliver;
import static io.comptoir.payment.PaymentFlows.order;
import static io.comptoir.payment.PaymentFlows.pay;
import static io.comptoir.payment.PaymentFlows.payment;
import static io.comptoir.payment.PaymentFlows.placeCardOrder;
import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.StripeDouble;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order ↔ payment saga through the real broker, the real stripe-java client and a local Stripe
 * API: the customer's payment request goes over Kafka and its answer comes back over Kafka; Stripe's
 * webhooks, signed, drive what follows, each applied once whatever the order or number of deliveries.
 */
@QuarkusTest
class PaymentFlowTest {

    private final StripeDouble stripe = StripeDouble.get();

    @Test
    void aCardPaymentConfirmsTheOrderAndItsWebhookChangesNothingMore() {
        var order = placeCardOrder(12_650, 2);
        String paymentId = order.paymentId(1);

        pay(order, "pm_card_visa")
                .statusCode(200)
                .body("paymentId", equalTo(paymentId))
                .body("status", equalTo("SUCCEEDED"))
                .body("requiresAction", equalTo(false))
                .body("clientSecret", nullValue());

        // One PaymentIntent, asked for as Stripe wants it: XOF is zero-decimal, francs as they are.
        List<LoggedRequest> creates = intentsCreatedFor(paymentId);
        assertThat(creates).hasSize(1);
        LoggedRequest create = creates.getFirst();
        assertThat(create.getHeader("Idempotency-Key")).isEqualTo(paymentId);
        assertThat(create.getHeader("Stripe-Version")).isEqualTo(StripeDouble.API_VERSION);
        assertThat(create.getHeader("Authorization")).isEqualTo("Bearer " + StripeDouble.API_KEY);
        assertThat(StripeDouble.params(create))
                .containsEntry("amount", Long.toString(order.total()))
                .containsEntry("currency", "xof")
                .containsEntry("confirm", "true")
                .containsEntry("confirmation_method", "manual")
                .containsEntry("payment_method", "pm_card_visa")
                .containsEntry("return_url", RETURN_URL)
                .containsEntry("metadata[order_id]", order.id());
        assertThat(order.total()).isEqualTo(25_300);

        awaitOrder(order.id(), "CONFIRMED");
        order(order.id()).body("payment.paymentId", equalTo(paymentId)).body("payment.status", equalTo("SUCCEEDED"));
        given().header(AUTH, Tokens.customer(order.customer()))
                .get("/api/payments/" + paymentId)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUCCEEDED"))
                .body("reference", equalTo(stripe.intentOf(paymentId).path("id").asText()))
                .body("amount.amount", equalTo((int) order.total()));

        try (KafkaProbe probe = KafkaProbe.of("payment.payment.completed", "payment.webhook.processed")) {
            String event = stripe.intentEvent("payment_intent.succeeded", paymentId);
            deliver(event);
            String eventId = event.substring(event.indexOf("evt_"), event.indexOf('"', event.indexOf("evt_")));
            probe.awaitOne(r -> r.key().equals(eventId) && KafkaProbe.value(r).contains("\"outcome\":\"UNCHANGED\""));
            probe.assertExactly(r -> r.key().equals(paymentId) && r.topic().equals("payment.payment.completed"), 1);
        }
        given().header(AUTH, Tokens.customer(Api.unique("other")))
                .get("/api/payments/" + paymentId)
                .then()
                .statusCode(404);
    }

    @Test
    void threeDSecureIsAnsweredWithTheClientSecretThenTheSamePaymentGoesOn() {
        var order = placeCardOrder(9_000, 1);
        String paymentId = order.paymentId(1);

        pay(order, "pm_card_threeDSecure2Required")
                .statusCode(200)
                .body("paymentId", equalTo(paymentId))
                .body("status", equalTo("REQUIRES_ACTION"))
                .body("requiresAction", equalTo(true))
                .body(
                        "clientSecret",
                        startsWith(stripe.intentOf(paymentId).path("id").asText() + "_secret_"))
                .body("nextActionUrl", startsWith("https://hooks.stripe.com/3d_secure_2/"));
        await().atMost(WAIT).untilAsserted(() -> order(order.id())
                .body("status", equalTo("PLACED"))
                .body("payment.status", equalTo("REQUIRES_ACTION")));

        String intentId = stripe.intentOf(paymentId).path("id").asText();
        stripe.passAuthentication(intentId);
        pay(order, "pm_card_threeDSecure2Required")
                .statusCode(200)
                .body("paymentId", equalTo(paymentId))
                .body("status", equalTo("SUCCEEDED"));

        assertThat(stripe.intentCount(paymentId)).isEqualTo(1);
        List<LoggedRequest> confirms = stripe.requests("POST", "/v1/payment_intents/" + intentId + "/confirm");
        assertThat(confirms).hasSize(1);
        assertThat(confirms.getFirst().getHeader("Idempotency-Key")).startsWith(paymentId + "-resume-");
        awaitOrder(order.id(), "CONFIRMED");
    }

    @Test
    void aDeclinedCardIsA402AndCancelsTheOrderReleasingItsStock() {
        var order = placeCardOrder(5_000, 3);

        pay(order, "pm_card_chargeDeclined")
                .statusCode(402)
                .contentType("application/problem+json")
                .body("detail", containsString("generic_decline"));

        awaitOrder(order.id(), "CANCELLED");
        order(order.id()).body("history[-1].reason", equalTo("PAYMENT_FAILED"));
        awaitPayment(order.paymentId(1), "FAILED");
        payment(order.paymentId(1)).body("failureCode", equalTo("generic_decline"));
        awaitReleased(order.sku());
        pay(order, "pm_card_visa").statusCode(409);
    }

    @Test
    void duplicatedAndReorderedWebhooksChangeThePaymentOnce() {
        var order = placeCardOrder(7_500, 1);
        String paymentId = order.paymentId(1);
        pay(order, "pm_card_threeDSecure2Required").statusCode(200).body("status", equalTo("REQUIRES_ACTION"));

        String requiresAction = stripe.intentEvent("payment_intent.requires_action", paymentId);
        String succeeded = stripe.intentEvent("payment_intent.succeeded", paymentId);
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deliveries.add(requiresAction);
            deliveries.add(succeeded);
        }
        Collections.shuffle(deliveries, new Random(42));
        try (KafkaProbe probe =
                KafkaProbe.of("payment.payment.completed", "payment.payment.updated", "payment.webhook.processed")) {
            deliveries.forEach(PaymentFlows::deliver);

            awaitPayment(paymentId, "SUCCEEDED");
            awaitOrder(order.id(), "CONFIRMED");
            probe.assertExactly(r -> r.key().equals(paymentId) && r.topic().equals("payment.payment.completed"), 1);
            // Each Stripe event processed once; the requires_action one is older news if it came second.
            probe.assertExactly(
                    r -> r.topic().equals("payment.webhook.processed")
                            && KafkaProbe.value(r).contains("\"paymentId\":\"" + paymentId + "\""),
                    2);
        }
        order(order.id()).body("history.findAll { it.status == 'CONFIRMED' }.size()", equalTo(1));
    }

    @Test
    void aWebhookBeforeItsPaymentIsKeptAndAppliedWhenThePaymentIsKnown() {
        var order = placeCardOrder(4_000, 1);
        String paymentId = order.paymentId(1);
        String intentId = stripe.reserveIntentId(paymentId);
        ObjectNode early = JsonNodeFactory.instance.objectNode();
        early.put("id", intentId);
        early.put("object", "payment_intent");
        early.put("amount", order.total());
        early.put("currency", "xof");
        early.put("status", "succeeded");
        early.putObject("metadata").put("payment_id", paymentId);

        try (KafkaProbe probe = KafkaProbe.of("payment.webhook.processed")) {
            deliver(StripeDouble.event("payment_intent.succeeded", early));
            // Kept, not applied: nothing to apply it to yet, and not dropped either.
            probe.assertExactly(r -> KafkaProbe.value(r).contains(paymentId), 0);
            payment(paymentId).statusCode(404);

            pay(order, "pm_card_threeDSecure2Required").statusCode(200);
            probe.awaitOne(r -> KafkaProbe.value(r).contains("\"paymentId\":\"" + paymentId + "\"")
                    && KafkaProbe.value(r).contains("\"outcome\":\"APPLIED\""));
        }
        awaitPayment(paymentId, "SUCCEEDED");
        awaitOrder(order.id(), "CONFIRMED");
    }

    @Test
    void refundsAfterDeliveryPartThenTheRestRefundTheOrder() {
        var order = placeCardOrder(10_000, 1);
        String paymentId = order.paymentId(1);
        pay(order, "pm_card_visa").statusCode(200);
        awaitOrder(order.id(), "CONFIRMED");
        Api.changeStatus(order.id(), "SHIPPED").then().statusCode(200);
        Api.changeStatus(order.id(), "DELIVERED").then().statusCode(200);

        try (KafkaProbe probe = KafkaProbe.of("payment.payment.refunded")) {
            refund(paymentId, Map.of("amount", Map.of("amount", 2_500, "currency", "XOF"), "reason", "rayure"))
                    .statusCode(201)
                    .body("status", equalTo("SUCCEEDED"))
                    .body("id", startsWith("re_"));
            refund(paymentId, Map.of("amount", Map.of("amount", 10_000, "currency", "XOF")))
                    .statusCode(422);
            refund(paymentId, Map.of()).statusCode(201).body("amount.amount", equalTo(7_500));
            refund(paymentId, Map.of()).statusCode(409);

            awaitOrder(order.id(), "REFUNDED");
            payment(paymentId).body("status", equalTo("REFUNDED")).body("refunded.amount", equalTo(10_000));
            List<LoggedRequest> refunds = stripe.requests("POST", "/v1/refunds").stream()
                    .filter(r -> r.getHeader("Idempotency-Key").startsWith(paymentId))
                    .toList();
            assertThat(refunds)
                    .extracting(r -> r.getHeader("Idempotency-Key"))
                    .containsExactly(paymentId + "-refund-1", paymentId + "-refund-2");
            assertThat(refunds)
                    .extracting(r -> StripeDouble.params(r).get("amount"))
                    .containsExactly("2500", "7500");

            // Stripe's own report of the refunds explains nothing new: no third refund.
            deliver(stripe.chargeRefunded(paymentId, 10_000));
            probe.assertExactly(r -> r.key().equals(paymentId), 2);
        }
        given().header(AUTH, Tokens.customer(order.customer()))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/payments/" + paymentId + "/refunds")
                .then()
                .statusCode(403);
    }

    @Test
    void aStripeOutageIsA503ThatCancelsNothingAndTheSamePaymentIsAskedAgain() {
        var order = placeCardOrder(3_000, 1);
        String paymentId = order.paymentId(1);
        stripe.down();
        try {
            pay(order, "pm_card_visa").statusCode(503).header("Retry-After", equalTo("60"));
        } finally {
            stripe.up();
        }
        order(order.id()).body("status", equalTo("PLACED"));
        payment(paymentId).body("status", equalTo("PENDING"));
        // Stripe may have charged before it failed to answer: the same payment, the same key.
        pay(order, "pm_card_visa").statusCode(200).body("paymentId", equalTo(paymentId));
        awaitOrder(order.id(), "CONFIRMED");
        assertThat(intentsCreatedFor(paymentId))
                .hasSizeGreaterThan(1)
                .allMatch(r -> paymentId.equals(r.getHeader("Idempotency-Key")));
        assertThat(stripe.intentCount(paymentId)).isEqualTo(1);
        payment(paymentId).body("status", equalTo("SUCCEEDED"));
    }

    @Test
    void aPaymentAskedForWhileKafkaIsDownIsMadeWhenItIsBack() {
        var order = placeCardOrder(6_000, 1);
        ComptoirInfra.kafka().stop();
        try {
            pay(order, "pm_card_visa").statusCode(503).body("detail", containsString("is kept"));
        } finally {
            ComptoirInfra.kafka().start();
        }
        awaitOrder(order.id(), "CONFIRMED");
        assertThat(stripe.intentCount(order.paymentId(1))).isEqualTo(1);
        pay(order, "pm_card_visa").statusCode(409);
    }

    @Test
    void badPaymentRequestsAreRefusedAndChangeNothing() {
        var order = placeCardOrder(2_000, 1);
        pay(order, "4242424242424242")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("paymentMethodId"));
        given().header(AUTH, Tokens.customer(Api.unique("mallory")))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethodId", "pm_card_visa"))
                .post("/api/orders/" + order.id() + "/payment")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("paymentMethodId", "pm_card_visa"))
                .post("/api/orders/" + order.id() + "/payment")
                .then()
                .statusCode(401);
        order(order.id()).body("status", equalTo("PLACED")).body("payment", nullValue());
        assertThat(stripe.intentCount(order.paymentId(1))).isZero();

        String customer = Api.unique("ama");
        String sku = Api.unique("COD");
        String productId = Api.createProduct(sku, 1_000);
        String cod = Api.placeOrderWhenOrderable(customer, List.of(Api.item(productId, sku, 1)));
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethodId", "pm_card_visa"))
                .post("/api/orders/" + cod + "/payment")
                .then()
                .statusCode(409)
                .body("detail", equalTo("this order is paid on delivery"));
    }

    @Test
    void mobileMoneyIsAnswered503UntilAProviderTakesIt() {
        String customer = Api.unique("wave");
        String sku = Api.unique("MOB");
        String productId = Api.createProduct(sku, 2_500);
        String orderId = Api.placeOrderWhenOrderable(customer, List.of(Api.item(productId, sku, 1)), "MOBILE_MONEY");
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/orders/" + orderId + "/payment")
                .then()
                .statusCode(503)
                .body("detail", containsString("method_unavailable"));
        order(orderId).body("status", equalTo("PLACED")).body("payment.status", equalTo("FAILED"));
        payment(orderId + "-1").body("status", equalTo("PENDING")).body("provider", equalTo("none"));
    }

    @Test
    void analyticsCountPaymentsByMethodAndStatusAndDay() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath before = stats(today);
        var paid = placeCardOrder(11_000, 1);
        var refused = placeCardOrder(11_000, 1);
        pay(paid, "pm_card_visa").statusCode(200);
        pay(refused, "pm_card_chargeDeclined").statusCode(402);

        JsonPath after = stats(today);
        assertThat(after.getLong("payments") - before.getLong("payments")).isEqualTo(2);
        assertThat(after.getLong("succeeded") - before.getLong("succeeded")).isEqualTo(1);
        assertThat(after.getLong("failed") - before.getLong("failed")).isEqualTo(1);
        double rate = after.getDouble("failureRate");
        long failed = after.getLong("failed");
        assertThat(rate).isCloseTo((double) failed / (failed + after.getLong("succeeded")), within(0.0001));
        assertThat(amount(after, "SUCCEEDED") - amount(before, "SUCCEEDED")).isEqualTo(11_000);
        assertThat(amount(after, "FAILED") - amount(before, "FAILED")).isEqualTo(11_000);
        assertThat(todays(after) - todays(before)).isEqualTo(2);
        assertThat(after.getString("days[0].day")).isEqualTo(today);

        given().header(AUTH, Tokens.admin())
                .get("/api/payments/stats?from=2026-02-01&to=2026-01-01")
                .then()
                .statusCode(400);
        given().header(AUTH, Tokens.customer(paid.customer()))
                .get("/api/payments/stats")
                .then()
                .statusCode(403);
    }

    private static JsonPath stats(String day) {
        return given().header(AUTH, Tokens.admin())
                .get("/api/payments/stats?from=" + day + "&to=" + day)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Payments of the one day asked for, 0 when there are none. */
    private static long todays(JsonPath stats) {
        Number payments = stats.get("days[0].payments");
        return payments == null ? 0 : payments.longValue();
    }

    /** XOF of card payments in {@code status}, 0 when there are none. */
    private static long amount(JsonPath stats, String status) {
        Number xof = stats.get("totals.find { it.method == 'CARD' && it.status == '" + status + "' }.amounts.XOF");
        return xof == null ? 0 : xof.longValue();
    }

    private static ValidatableResponse refund(String paymentId, Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/payments/" + paymentId + "/refunds")
                .then();
    }

    private List<LoggedRequest> intentsCreatedFor(String paymentId) {
        return stripe.requests("POST", "/v1/payment_intents").stream()
                .filter(r -> paymentId.equals(StripeDouble.params(r).get("metadata[payment_id]")))
                .toList();
    }
}
