package io.comptoir.fraud;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Orders placed through the order engine are scored by the fraud engine, rule by rule with the
 * default weights (velocity 30, amount against history 30, new account with a large basket 40,
 * repeated failed payments 30; held from 60); customers and payments come as their engines' events.
 */
@QuarkusTest
class FraudFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long LARGE = 500_000;

    private static String product(long priceXof) {
        String sku = Api.unique("FRD");
        return Api.createProduct(sku, priceXof) + "/" + sku;
    }

    private static String order(String customer, String product, String paymentMethod) {
        String[] ids = product.split("/");
        return Api.placeOrderWhenOrderable(customer, List.of(Api.item(ids[0], ids[1], 1)), paymentMethod);
    }

    /** The order's assessment, once the fraud engine has made it. */
    private static JsonPath assessment(String orderId) {
        await().atMost(WAIT)
                .until(() -> given().header(AUTH, Tokens.admin())
                                .get("/api/fraud/orders/" + orderId)
                                .statusCode()
                        == 200);
        return given().header(AUTH, Tokens.admin())
                .get("/api/fraud/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int points(JsonPath assessment, String rule) {
        return assessment.getInt("components.find { it.rule == '" + rule + "' }.points");
    }

    private static String explanation(JsonPath assessment, String rule) {
        return assessment.getString("components.find { it.rule == '" + rule + "' }.explanation");
    }

    private static void awaitHistory(String customer, String field, int count) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/fraud/customers/" + customer)
                .then()
                .statusCode(200)
                .body(field, equalTo(count)));
    }

    private static void refusedPayment(String customer) {
        String paymentId = Api.unique("pay");
        failedPayment(customer, paymentId, paymentId, false);
    }

    /** {@code payment.payment.failed} under a new event id, keyed by {@code key} (records of one key keep their order). */
    private static void failedPayment(String customer, String paymentId, String key, boolean retryable) {
        ForeignEvents.publish(
                Topic.PAYMENT_PAYMENT_FAILED,
                key,
                """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":1000,"currency":"XOF"},\
                "errorCode":"card_declined","errorMessage":"declined","retryable":%s}"""
                        .formatted(paymentId, Api.unique("ord"), customer, retryable));
    }

    private static ValidatableResponse decide(String orderId, String decision, Object body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/fraud/orders/" + orderId + "/" + decision)
                .then();
    }

    private static void awaitOrder(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .body("status", equalTo(status)));
    }

    /** A customer with two refused payments: a large basket of theirs (no onboarding seen) scores 70. */
    private static String riskyCustomer() {
        String customer = Api.unique("risky");
        refusedPayment(customer);
        refusedPayment(customer);
        awaitHistory(customer, "refused", 2);
        return customer;
    }

    @Test
    void anOrdinaryOrderScoresNothingAndEveryRuleSaysWhy() {
        String customer = Api.unique("calm");
        String orderId = order(customer, product(20_000), "CASH_ON_DELIVERY");
        JsonPath a = assessment(orderId);
        assertThat(a.getInt("score")).isZero();
        assertThat(a.getString("verdict")).isEqualTo("PASSED");
        assertThat(a.getList("components.rule"))
                .containsExactly(
                        "VELOCITY", "AMOUNT_AGAINST_HISTORY", "NEW_ACCOUNT_LARGE_BASKET", "REPEATED_FAILED_PAYMENTS");
        assertThat(explanation(a, "VELOCITY")).isEqualTo("1 order(s) within 1h, this one included");
        assertThat(explanation(a, "AMOUNT_AGAINST_HISTORY"))
                .isEqualTo("0 paid order(s) in XOF: too few to compare with (need 2)");
        assertThat(explanation(a, "NEW_ACCOUNT_LARGE_BASKET"))
                .isEqualTo("basket of 20000 XOF is under 500000 XOF: not large");
        assertThat(explanation(a, "REPEATED_FAILED_PAYMENTS")).isEqualTo("0 refused payment(s) within 1d");
        awaitOrder(orderId, "PLACED");
        given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .body("fraud", equalTo(null));
    }

    @Test
    void aLargeBasketFromAnUnknownAccountScores40AndSaysNoOnboardingWasSeen() {
        String orderId = order(Api.unique("unknown"), product(LARGE), "CASH_ON_DELIVERY");
        JsonPath a = assessment(orderId);
        assertThat(a.getInt("score")).isEqualTo(40);
        assertThat(a.getString("verdict")).isEqualTo("PASSED");
        assertThat(points(a, "NEW_ACCOUNT_LARGE_BASKET")).isEqualTo(40);
        assertThat(explanation(a, "NEW_ACCOUNT_LARGE_BASKET"))
                .isEqualTo("basket of 500000 XOF (at least 500000 XOF) from an account of unknown age:"
                        + " no onboarding was seen for this customer");
    }

    @Test
    void aLargeBasketFromANewAccountScores40() {
        String customer = Api.unique("fresh");
        ForeignEvents.publish(
                Topic.CUSTOMER_CUSTOMER_ONBOARDED,
                customer,
                """
                {"customerId":"%s","name":"Awa","email":"awa@example.com","phone":null,"language":"fr"}"""
                        .formatted(customer));
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/fraud/customers/" + customer)
                .then()
                .statusCode(200)
                .body("onboardedAt", org.hamcrest.Matchers.notNullValue()));
        JsonPath a = assessment(order(customer, product(600_000), "CASH_ON_DELIVERY"));
        assertThat(a.getInt("score")).isEqualTo(40);
        assertThat(explanation(a, "NEW_ACCOUNT_LARGE_BASKET"))
                .startsWith("basket of 600000 XOF (at least 500000 XOF) from an account opened ")
                .endsWith("before the order (new: under 7d)");
    }

    @Test
    void theFifthOrderWithinAnHourScores30ForVelocity() {
        String customer = Api.unique("fast");
        String product = product(5_000);
        for (int i = 1; i <= 4; i++) {
            // Each assessment is awaited, so the engine has seen the previous orders when it scores the next.
            assertThat(assessment(order(customer, product, "CASH_ON_DELIVERY")).getInt("score"))
                    .isZero();
        }
        JsonPath fifth = assessment(order(customer, product, "CASH_ON_DELIVERY"));
        assertThat(fifth.getInt("score")).isEqualTo(30);
        assertThat(explanation(fifth, "VELOCITY")).isEqualTo("5 order(s) within 1h, this one included (at least 5)");
    }

    @Test
    void anOrderFarAboveThePaidAverageScores30() {
        String customer = Api.unique("steady");
        ForeignEvents.paymentCompleted(Api.unique("pay"), Api.unique("old"), customer, 10_000);
        ForeignEvents.paymentCompleted(Api.unique("pay"), Api.unique("old"), customer, 12_000);
        awaitHistory(customer, "paid", 2);
        JsonPath a = assessment(order(customer, product(40_000), "CASH_ON_DELIVERY"));
        assertThat(a.getInt("score")).isEqualTo(30);
        assertThat(explanation(a, "AMOUNT_AGAINST_HISTORY"))
                .isEqualTo("total 40000 XOF against an average paid order of 11000 XOF over 2 payment(s):"
                        + " more than 3 times");
        JsonPath usual = assessment(order(customer, product(30_000), "CASH_ON_DELIVERY"));
        assertThat(usual.getInt("score")).isZero();
    }

    @Test
    void refusedPaymentsScore30OnceEachAndAnOutageDoesNotCount() {
        String customer = riskyCustomer();
        String key = Api.unique("pay");
        failedPayment(customer, key, key, false);
        awaitHistory(customer, "refused", 3);
        // The same refusal under a new event id, then a provider outage, then a new refusal, in this
        // order on one partition: only the last one counts.
        failedPayment(customer, key, key, false);
        failedPayment(customer, Api.unique("pay"), key, true);
        failedPayment(customer, Api.unique("pay"), key, false);
        awaitHistory(customer, "refused", 4);
        JsonPath a = assessment(order(customer, product(8_000), "CASH_ON_DELIVERY"));
        assertThat(a.getInt("score")).isEqualTo(30);
        assertThat(explanation(a, "REPEATED_FAILED_PAYMENTS")).isEqualTo("4 refused payment(s) within 1d (at least 2)");
    }

    @Test
    void aHeldOrderWaitsForItsPaymentAndTheAdminAndConfirmsWhenCleared() {
        String customer = riskyCustomer();
        try (KafkaProbe probe = KafkaProbe.of("fraud.order.flagged", "fraud.order.cleared", "order.order.confirmed")) {
            String orderId = order(customer, product(LARGE), "CARD");
            JsonPath a = assessment(orderId);
            assertThat(a.getInt("score")).isEqualTo(70);
            assertThat(a.getString("verdict")).isEqualTo("HELD");

            ConsumerRecord<String, byte[]> flagged = probe.awaitOne(r -> orderId.equals(r.key()));
            assertThat(flagged.topic()).isEqualTo("fraud.order.flagged");
            JsonPath flag = JsonPath.from(KafkaProbe.value(flagged));
            assertThat(flag.getInt("score")).isEqualTo(70);
            assertThat(flag.getList("reasons", String.class))
                    .containsExactly(
                            "NEW_ACCOUNT_LARGE_BASKET +40: basket of 500000 XOF (at least 500000 XOF) from an account"
                                    + " of unknown age: no onboarding was seen for this customer",
                            "REPEATED_FAILED_PAYMENTS +30: 2 refused payment(s) within 1d (at least 2)");
            await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("fraud.status", equalTo("HELD"))
                    .body("fraud.score", equalTo(70))
                    .body("fraud.reasons", hasSize(2)));
            given().header(AUTH, Tokens.admin())
                    .get("/api/fraud/holds?size=100")
                    .then()
                    .statusCode(200)
                    .body("items.orderId", hasItem(orderId));

            // Paid meanwhile, and confirmed by an admin: both wait for the decision.
            ForeignEvents.paymentCompleted(orderId + "-1", orderId, customer, LARGE);
            await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("payment.status", equalTo("SUCCEEDED")));
            Api.changeStatus(orderId, "CONFIRMED")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PLACED"))
                    .body("fraud.confirmWhenCleared", equalTo(true));
            probe.assertExactly(r -> r.topic().equals("order.order.confirmed") && orderId.equals(r.key()), 0);

            decide(orderId, "clear", Map.of("reason", "customer called, identity checked"))
                    .statusCode(200)
                    .body("verdict", equalTo("CLEARED"))
                    .body("decisionReason", equalTo("customer called, identity checked"))
                    .body("decidedBy", equalTo("admin-1"));
            awaitOrder(orderId, "CONFIRMED");
            given().header(AUTH, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("fraud.status", equalTo("CLEARED"));
            probe.assertExactly(r -> r.topic().equals("order.order.confirmed") && orderId.equals(r.key()), 1);
            JsonPath cleared = JsonPath.from(KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("fraud.order.cleared") && orderId.equals(r.key()))));
            assertThat(cleared.getString("reason")).isEqualTo("customer called, identity checked");
            assertThat(cleared.getInt("score")).isEqualTo(70);

            decide(orderId, "clear", Map.of("reason", "again")).statusCode(409);
            decide(orderId, "reject", Map.of("reason", "too late")).statusCode(409);
            given().header(AUTH, Tokens.admin())
                    .get("/api/fraud/holds?size=100")
                    .then()
                    .body("items.orderId", org.hamcrest.Matchers.not(hasItem(orderId)));
        }
    }

    @Test
    void aRejectedOrderIsCancelledAndARedeliveredPlacementIsNotScoredAgain() {
        String customer = riskyCustomer();
        try (KafkaProbe probe = KafkaProbe.of("fraud.order.flagged", "fraud.order.rejected", "order.order.placed")) {
            String orderId = order(customer, product(LARGE), "CASH_ON_DELIVERY");
            assertThat(assessment(orderId).getString("verdict")).isEqualTo("HELD");
            probe.awaitOne(r -> r.topic().equals("fraud.order.flagged") && orderId.equals(r.key()));

            // The same placement again under a new event id: the order is assessed once, flagged once.
            ConsumerRecord<String, byte[]> placed =
                    probe.awaitOne(r -> r.topic().equals("order.order.placed") && orderId.equals(r.key()));
            ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, orderId, KafkaProbe.value(placed));
            Instant assessedAt = Instant.parse(assessment(orderId).getString("assessedAt"));
            probe.assertExactly(r -> r.topic().equals("fraud.order.flagged") && orderId.equals(r.key()), 1);
            assertThat(Instant.parse(assessment(orderId).getString("assessedAt")))
                    .isEqualTo(assessedAt);

            decide(orderId, "reject", Map.of("reason", "stolen card reported"))
                    .statusCode(200)
                    .body("verdict", equalTo("REJECTED"));
            awaitOrder(orderId, "CANCELLED");
            given().header(AUTH, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("history.reason", hasItem("FRAUD_REJECTED"))
                    .body("fraud.status", equalTo("REJECTED"));
            JsonPath rejected = JsonPath.from(KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("fraud.order.rejected") && orderId.equals(r.key()))));
            assertThat(rejected.getString("reason")).isEqualTo("stolen card reported");
            assertThat(rejected.getString("customerId")).isEqualTo(customer);
            decide(orderId, "clear", Map.of("reason", "changed my mind")).statusCode(409);
        }
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        String customer = riskyCustomer();
        String orderId = order(customer, product(LARGE), "CASH_ON_DELIVERY");
        assertThat(assessment(orderId).getString("verdict")).isEqualTo("HELD");
        decide(orderId, "clear", Map.of()).statusCode(400).contentType("application/problem+json");
        decide(orderId, "reject", Map.of("reason", " ")).statusCode(400).contentType("application/problem+json");
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "mine"))
                .post("/api/fraud/orders/" + orderId + "/clear")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/fraud/orders/" + orderId)
                .then()
                .statusCode(403);
        decide("no-such-order", "clear", Map.of("reason", "x"))
                .statusCode(404)
                .body("detail", containsString("no-such-order"));
        given().header(AUTH, Tokens.admin())
                .get("/api/fraud/orders/bad id")
                .then()
                .statusCode(400);
        assertThat(assessment(orderId).getString("verdict")).isEqualTo("HELD");
        given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .body("status", equalTo("PLACED"));

        // Cancelled before any decision: it leaves the holds, and there is nothing left to decide.
        Api.changeStatus(orderId, "CANCELLED").then().statusCode(200);
        await().atMost(WAIT).until(() -> "WITHDRAWN".equals(assessment(orderId).getString("verdict")));
        assertThat(assessment(orderId).getString("decisionReason")).isEqualTo("order cancelled");
        decide(orderId, "clear", Map.of("reason", "too late")).statusCode(409);
    }

    @Test
    void statsCountTheVerdicts() {
        String orderId = order(Api.unique("counted"), product(1_000), "CASH_ON_DELIVERY");
        assessment(orderId);
        given().header(AUTH, Tokens.admin())
                .get("/api/fraud/stats")
                .then()
                .statusCode(200)
                .body("assessed", org.hamcrest.Matchers.greaterThan(0))
                .body("verdicts.keySet()", contains("PASSED", "HELD", "CLEARED", "REJECTED", "WITHDRAWN"))
                .body("verdicts.PASSED", org.hamcrest.Matchers.greaterThan(0))
                .body("customers", org.hamcrest.Matchers.greaterThan(0));
        given().header(AUTH, Tokens.customer("counted"))
                .get("/api/fraud/stats")
                .then()
                .statusCode(403);
    }
}
