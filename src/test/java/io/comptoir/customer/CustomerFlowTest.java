package io.comptoir.customer;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.comptoir.customer.domain.Activities;
import io.comptoir.customer.domain.ActivityRepository;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Quiet;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The customer engine end to end: onboarding with duplicates refused (also when racing), the
 * lifecycle with its 409s, profiling that promotes (seed 004's profiled then promoted), and the
 * customer view and RFM scores built from the order, loyalty and payment engines' events.
 */
@QuarkusTest
class CustomerFlowTest {

    @Inject
    Activities activities;

    @Inject
    ActivityRepository activityRepository;

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aCustomerIsOnboardedActivatedProfiledIntoGoldPromotedAndDeactivated() {
        String id = Api.unique("awa");
        String email = id + ".Kone@Example.com";
        String phone = "+225 07 " + digits(id);
        try (KafkaProbe probe = KafkaProbe.of(
                "customer.customer.onboarded",
                "customer.customer.activated",
                "customer.customer.deactivated",
                "customer.customer.profiled",
                "customer.customer.promoted")) {
            onboard(Tokens.customer(id), Map.of("name", "Awa Koné", "email", email, "phone", phone))
                    .statusCode(201)
                    .header("Location", endsWith("/api/customers/" + id))
                    .body("id", equalTo(id))
                    .body("status", equalTo("PENDING"))
                    .body("tier", equalTo("BRONZE"))
                    .body("language", equalTo("fr"))
                    .body("profile", nullValue());
            JsonPath onboarded = payload(probe.awaitOne(on("customer.customer.onboarded", id)));
            assertThat(onboarded.getMap("$"))
                    .isEqualTo(Map.of(
                            "customerId", id, "name", "Awa Koné", "email", email, "phone", phone, "language", "fr"));

            // The same email (other case) or the same phone (written otherwise) is refused.
            String other = Api.unique("copy");
            onboard(
                            Tokens.customer(other),
                            Map.of("name", "Copy", "email", email.toUpperCase(), "phone", "+22500000001"))
                    .statusCode(409)
                    .body("detail", equalTo("email " + email.toUpperCase() + " is already onboarded"));
            onboard(
                            Tokens.customer(other),
                            Map.of("name", "Copy", "email", other + "@example.com", "phone", "00225-07" + digits(id)))
                    .statusCode(409)
                    .body("detail", equalTo("phone 00225-07" + digits(id) + " is already onboarded"));
            onboard(
                            Tokens.customer(id),
                            Map.of("name", "Again", "email", other + "@example.com", "phone", "+22500000002"))
                    .statusCode(409);
            customer(Tokens.admin(), other).statusCode(404);

            // Not active yet: no promotion, and profiling says why it did not promote.
            promote(id, "GOLD", "welcome").statusCode(409);
            profile(id, 28, 45_000_000, 720, true)
                    .statusCode(200)
                    .body("tier", equalTo("BRONZE"))
                    .body("profile.tier", equalTo("GOLD"))
                    .body("profile.reasons", hasItem("customer PENDING: not promoted until active"));

            admin("/api/customers/" + id + "/activate").statusCode(200).body("status", equalTo("ACTIVE"));
            admin("/api/customers/" + id + "/activate").statusCode(409);

            // The seed's profiling example: eligible, low risk, young and first payment → GOLD.
            profile(id, 28, 45_000_000, 720, true)
                    .statusCode(200)
                    .body("tier", equalTo("GOLD"))
                    .body("profile.segment", equalTo("LOW_RISK"))
                    .body("profile.eligible", equalTo(true))
                    .body("profile.perks", containsInAnyOrder("FIRST_PAYMENT_DISCOUNT_20", "YOUNG_CUSTOMER_BONUS"))
                    .body("profile.income.amount", equalTo(45_000_000))
                    .body("profile.creditScore", equalTo(720));
            ConsumerRecord<String, byte[]> promoted = probe.awaitOne(on("customer.customer.promoted", id));
            assertThat(payload(promoted).getMap("$"))
                    .isEqualTo(Map.of(
                            "customerId",
                            id,
                            "previousTier",
                            "BRONZE",
                            "tier",
                            "GOLD",
                            "reason",
                            "profiling: FIRST_PAYMENT_DISCOUNT_20, YOUNG_CUSTOMER_BONUS"));
            List<ConsumerRecord<String, byte[]>> profiled = probe.await(on("customer.customer.profiled", id), 2, WAIT);
            JsonPath second = payload(profiled.get(1));
            assertThat(second.getString("segment")).isEqualTo("LOW_RISK");
            assertThat(second.getString("tier")).isEqualTo("GOLD");
            assertThat(second.getBoolean("eligible")).isTrue();
            assertThat(second.getList("reasons", String.class))
                    .containsExactly(
                            "first payment: FIRST_PAYMENT_DISCOUNT_20 (SILVER)",
                            "age 28 under 30: YOUNG_CUSTOMER_BONUS (GOLD)");
            // One write, relayed in order: the profile is announced before the promotion it causes.
            assertThat(profiled.get(1).timestamp()).isLessThanOrEqualTo(promoted.timestamp());

            // Profiled again the same: announced, but already GOLD, so no second promotion.
            profile(id, 28, 45_000_000, 720, true)
                    .statusCode(200)
                    .body("tier", equalTo("GOLD"))
                    .body("profile.reasons", hasItem("customer GOLD already: not promoted"));
            probe.await(on("customer.customer.profiled", id), 3, WAIT);
            probe.assertExactly(on("customer.customer.promoted", id), 1);

            // Bad profiling input: 400 naming the field, or 422 for another currency; nothing changes.
            profile(id, 28, 45_000_000, 900, true).statusCode(400).body("errors[0].field", equalTo("creditScore"));
            adminPost(
                            "/api/customers/" + id + "/profile",
                            Map.of(
                                    "age",
                                    40,
                                    "income",
                                    Map.of("amount", 9_000_000, "currency", "EUR"),
                                    "creditScore",
                                    800,
                                    "firstPayment",
                                    false))
                    .statusCode(422)
                    .body("errors[0].field", equalTo("income.currency"));
            adminPost(
                            "/api/customers/" + id + "/profile",
                            Map.of(
                                    "income",
                                    Map.of("amount", 9_000_000, "currency", "XOF"),
                                    "creditScore",
                                    800,
                                    "firstPayment",
                                    false))
                    .statusCode(400)
                    .body("errors[0].field", equalTo("age"));

            // An admin's promotion goes up only.
            promote(id, "SILVER", "goodwill").statusCode(409);
            promote(id, "PREMIUM", "key account").statusCode(200).body("tier", equalTo("PREMIUM"));
            assertThat(payload(probe.await(on("customer.customer.promoted", id), 2, WAIT)
                                    .get(1))
                            .getMap("$"))
                    .isEqualTo(Map.of(
                            "customerId", id, "previousTier", "GOLD", "tier", "PREMIUM", "reason", "key account"));

            adminPost("/api/customers/" + id + "/deactivate", Map.of("reason", "moved away"))
                    .statusCode(200)
                    .body("status", equalTo("INACTIVE"))
                    .body("statusReason", equalTo("moved away"));
            adminPost("/api/customers/" + id + "/deactivate", "{}").statusCode(409);
            assertThat(payload(probe.awaitOne(on("customer.customer.deactivated", id)))
                            .getMap("$"))
                    .isEqualTo(Map.of("customerId", id, "reason", "moved away"));
            assertThat(payload(probe.awaitOne(on("customer.customer.activated", id)))
                            .getMap("$"))
                    .isEqualTo(Map.of("customerId", id));
            promote(id, "PREMIUM", "again").statusCode(409);
            probe.assertExactly(on("customer.customer.activated", id), 1);
        }

        // The customer sees their own record; another customer does not; an admin does.
        customer(Tokens.customer(id), id).statusCode(200).body("tier", equalTo("PREMIUM"));
        customer(Tokens.customer("someone-else"), id).statusCode(403);
        customer(Tokens.admin(), id).statusCode(200).body("status", equalTo("INACTIVE"));
        given().header(AUTH, Tokens.admin())
                .queryParam("status", "INACTIVE")
                .queryParam("tier", "PREMIUM")
                .queryParam("size", 100)
                .get("/api/customers")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().header(AUTH, Tokens.customer(id)).get("/api/customers").then().statusCode(403);

        // Reactivated: active again, with the tier it had.
        admin("/api/customers/" + id + "/activate")
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue())
                .body("tier", equalTo("PREMIUM"));
        admin("/api/customers/nobody-" + id + "/activate").statusCode(404);
        profile("nobody-" + id, 28, 45_000_000, 720, true).statusCode(404);
    }

    @Test
    void badOnboardingsAreRefusedAndChangeNothing() {
        String id = Api.unique("bad");
        onboard(Tokens.admin(), Map.of("customerId", id, "email", "not-an-email", "phone", "12"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("email", "name", "phone"));
        onboard(
                        Tokens.admin(),
                        Map.of(
                                "customerId",
                                id,
                                "name",
                                "N",
                                "email",
                                id + "@example.com",
                                "phone",
                                "+22501020304",
                                "language",
                                "de"))
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        onboard(
                        Tokens.customer(id),
                        Map.of(
                                "customerId",
                                "not-" + id,
                                "name",
                                "N",
                                "email",
                                id + "@example.com",
                                "phone",
                                "+22501020304"))
                .statusCode(403);
        customer(Tokens.admin(), id).statusCode(404);
        customer(Tokens.admin(), "not-" + id).statusCode(404);
        given().header(AUTH, Tokens.customer(id))
                .get("/api/customers/stats")
                .then()
                .statusCode(403);
        admin("/api/customers/" + id + "/activate").statusCode(404);
        adminPost("/api/customers", "{\"name\":").statusCode(400);
        adminPost("/api/customers/" + id + "/promote", Map.of("tier", "DIAMOND", "reason", "r"))
                .statusCode(400);
    }

    @Test
    void concurrentOnboardingsOfOneEmailLeaveOneCustomer() throws Exception {
        String email = Api.unique("race") + "@example.com";
        List<String> ids = new ArrayList<>();
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (KafkaProbe probe = KafkaProbe.of("customer.customer.onboarded")) {
            for (int i = 0; i < 6; i++) {
                String id = Api.unique("race" + i);
                ids.add(id);
                String phone = "+2250" + (100000000 + i) + digits(id);
                answers.add(pool.submit(() -> onboard(
                                Tokens.admin(),
                                Map.of("customerId", id, "name", "Racer", "email", email, "phone", phone))
                        .extract()
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409, 409);
            probe.assertExactly(
                    r -> ids.contains(r.key()) && KafkaProbe.value(r).contains(email), 1);
        } finally {
            pool.shutdownNow();
        }
        long found = ids.stream()
                .filter(id -> customer(Tokens.admin(), id).extract().statusCode() == 200)
                .count();
        assertThat(found).isEqualTo(1);
    }

    @Test
    void theCustomerViewAndRfmComeFromOrderLoyaltyAndPaymentEvents() {
        String id = Api.unique("moussa");
        onboard(
                        Tokens.customer(id),
                        Map.of(
                                "name",
                                "Moussa",
                                "email",
                                id + "@example.com",
                                "phone",
                                "+2250" + digits(id),
                                "language",
                                "en"))
                .statusCode(201)
                .body("language", equalTo("en"))
                .body("activity", nullValue());

        // Through the order engine: one order delivered (75,000 XOF), one cancelled.
        String sku = Api.unique("CUS");
        String productId = Api.createProduct(sku, 25_000);
        String delivered = Api.placeOrderWhenOrderable(id, productId, sku, 3);
        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(delivered, status).then().statusCode(200);
        }
        String cancelled = Api.placeOrderWhenOrderable(id, productId, sku, 1);
        Api.changeStatus(cancelled, "CANCELLED").then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> customer(Tokens.customer(id), id)
                .statusCode(200)
                .body("activity.orders.count", equalTo(1))
                .body("activity.orders.spent.amount", equalTo(75_000))
                .body("activity.orders.spent.currency", equalTo("XOF"))
                .body("activity.orders.lastOrderId", equalTo(delivered))
                .body("activity.orders.lastOrderAt", notNullValue())
                .body("activity.orders.cancelled", equalTo(1))
                .body("activity.orders.refunded", equalTo(0))
                .body("activity.loyalty.points", equalTo(175))
                .body("activity.loyalty.tier", equalTo("BRONZE"))
                .body("activity.rfm.recency", equalTo(5))
                .body("activity.rfm.frequency", equalTo(1))
                .body("activity.rfm.monetary", equalTo(2))
                .body("activity.rfm.segment", equalTo("NEW")));

        // The order engine's events told again under new event ids: nothing counts twice.
        try (KafkaProbe orderEvents = KafkaProbe.of("order.order.placed", "order.order.delivered")) {
            for (ConsumerRecord<String, byte[]> record : orderEvents.await(r -> delivered.equals(r.key()), 2, WAIT)) {
                EventEnvelope told = CloudEventHeaders.read(record.headers(), record.value());
                EventEnvelope again = new EventEnvelope(
                        UUID.randomUUID().toString(),
                        told.topic(),
                        told.source(),
                        told.time(),
                        told.subject(),
                        told.correlationId(),
                        told.causationId(),
                        told.userId(),
                        told.dataVersion(),
                        told.data());
                KafkaProbe.send(record.topic(), record.key(), CloudEventHeaders.write(again), record.value());
            }
        }

        // The payment engine's outcomes: one payment failed then succeeded, one failed, each told
        // twice under new event ids; and a tier change of the loyalty engine's, newer than its points.
        String order = "ord-" + id;
        for (int i = 0; i < 2; i++) {
            paymentFailed("pay-" + id + "-1", order, id);
            paymentFailed("pay-" + id + "-2", order, id);
            ForeignEvents.paymentCompleted("pay-" + id + "-2", order, id, 75_000);
        }
        ForeignEvents.publish(
                Topic.LOYALTY_TIER_UPGRADED,
                id,
                "{\"customerId\":\"%s\",\"previousTier\":\"BRONZE\",\"tier\":\"SILVER\",\"qualifyingPoints\":1175}"
                        .formatted(id));
        await().atMost(WAIT).untilAsserted(() -> customer(Tokens.admin(), id)
                .statusCode(200)
                .body("activity.loyalty.points", equalTo(175))
                .body("activity.loyalty.tier", equalTo("SILVER"))
                .body("activity.payments.completed", equalTo(1))
                .body("activity.payments.failed", equalTo(1))
                .body("activity.payments.firstPaymentAt", notNullValue()));
        // At rest, the replayed events have changed nothing more.
        Quiet.settle();
        customer(Tokens.admin(), id)
                .body("activity.orders.count", equalTo(1))
                .body("activity.orders.spent.amount", equalTo(75_000))
                .body("activity.payments.completed", equalTo(1))
                .body("activity.payments.failed", equalTo(1));

        given().header(AUTH, Tokens.admin())
                .queryParam("segment", "NEW")
                .queryParam("size", 100)
                .get("/api/customers/rfm")
                .then()
                .statusCode(200)
                .body("items.customerId", hasItem(id));
        given().header(AUTH, Tokens.admin())
                .get("/api/customers/stats")
                .then()
                .statusCode(200)
                .body("customers.customers", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("activity.rfmSegments.NEW", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("activity.paymentsCompleted", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void rfmIsScoredAgainAsRecencyAges() {
        String id = Api.unique("aged");
        String sku = Api.unique("AGE");
        String productId = Api.createProduct(sku, 30_000);
        Api.placeOrderWhenOrderable(id, productId, sku, 2);
        await().atMost(WAIT)
                .untilAsserted(
                        () -> scored(id, "NEW").body("monetary", equalTo(2)).body("orders", equalTo(1)));

        // As if the order had been placed 100 days ago and scored yesterday: the job scores it again.
        Instant placed = Instant.now().minus(Duration.ofDays(100));
        activityRepository
                .mongoCollection()
                .updateOne(
                        Filters.eq("_id", id),
                        Updates.combine(
                                Updates.set("orders.0.placedAt", Date.from(placed)),
                                Updates.set(
                                        "rfm.scoredAt", Date.from(Instant.now().minus(Duration.ofDays(1))))));
        assertThat(activities.rescore(500)).isGreaterThanOrEqualTo(1);
        scored(id, "HIBERNATING")
                .body("recency", equalTo(2))
                .body("frequency", equalTo(1))
                .body("monetary", equalTo(2))
                .body("spent.amount", equalTo(60_000));
        assertThat(activities.rescore(500)).isZero();
    }

    /** A customer's row in one segment of the RFM listing (kept also for a customer who never onboarded). */
    private static ValidatableResponse scored(String id, String segment) {
        return given().header(AUTH, Tokens.admin())
                .queryParam("segment", segment)
                .queryParam("size", 100)
                .get("/api/customers/rfm")
                .then()
                .statusCode(200)
                .rootPath("items.find { it.customerId == '" + id + "' }");
    }

    private static String digits(String id) {
        return String.valueOf(Math.abs((long) id.hashCode()) % 100_000_000L + 100_000_000L);
    }

    private static void paymentFailed(String paymentId, String orderId, String customerId) {
        ForeignEvents.publish(
                Topic.PAYMENT_PAYMENT_FAILED,
                paymentId,
                """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":75000,"currency":"XOF"},\
                "errorCode":"card_declined","errorMessage":"declined","retryable":false}"""
                        .formatted(paymentId, orderId, customerId));
    }

    private static ValidatableResponse onboard(String token, Map<String, Object> body) {
        return given().header(AUTH, token)
                .contentType(ContentType.JSON)
                .body(new HashMap<>(body))
                .post("/api/customers")
                .then();
    }

    private static ValidatableResponse customer(String token, String id) {
        return given().header(AUTH, token).get("/api/customers/" + id).then();
    }

    private static ValidatableResponse admin(String path) {
        return given().header(AUTH, Tokens.admin()).post(path).then();
    }

    private static ValidatableResponse adminPost(String path, Object body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static ValidatableResponse promote(String id, String tier, String reason) {
        return adminPost("/api/customers/" + id + "/promote", Map.of("tier", tier, "reason", reason));
    }

    private static ValidatableResponse profile(
            String id, int age, long incomeXof, int creditScore, boolean firstPayment) {
        return adminPost(
                "/api/customers/" + id + "/profile",
                Map.of(
                        "age",
                        age,
                        "income",
                        Map.of("amount", incomeXof, "currency", "XOF"),
                        "creditScore",
                        creditScore,
                        "firstPayment",
                        firstPayment));
    }

    private static java.util.function.Predicate<ConsumerRecord<String, byte[]>> on(String topic, String key) {
        return r -> r.topic().equals(topic) && key.equals(r.key());
    }

    private static JsonPath payload(ConsumerRecord<String, byte[]> record) {
        return new JsonPath(KafkaProbe.value(record));
    }
}
