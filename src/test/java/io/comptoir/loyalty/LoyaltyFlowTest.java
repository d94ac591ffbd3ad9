package io.comptoir.loyalty;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The loyalty programme through the real order API and the broker: points earned on delivery lift
 * the tier and unlock a reward; points redeemed at placement are reserved, consumed on
 * confirmation, returned on cancellation, refused (cancelling the order) when concurrent orders
 * have spent them; a refund takes the earned points back and lowers the tier.
 */
@QuarkusTest
class LoyaltyFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String[] TOPICS = {
        "loyalty.points.earned",
        "loyalty.points.redeemed",
        "loyalty.tier.upgraded",
        "loyalty.tier.downgraded",
        "loyalty.reward.unlocked",
        "order.order.placed",
        "order.order.cancelled"
    };

    @Test
    void earnRedeemReturnConsumeAndReverse() {
        JsonNode before = stats();
        String customer = Api.unique("awa");
        String sku = Api.unique("TV");
        String productId = Api.createProduct(sku, 1_000_000);
        try (KafkaProbe probe = KafkaProbe.of(TOPICS)) {
            // 1,000,000 XOF: 1,000 points + 100 first-purchase bonus, pending until delivery.
            String first = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
            awaitAccount(customer, 0, 1_100, 0);
            deliver(first);
            JsonNode account = awaitAccount(customer, 1_100, 0, 0);
            assertThat(account.path("tier").asText()).isEqualTo("SILVER");
            assertThat(account.path("qualifyingPoints").asLong()).isEqualTo(1_100);
            assertThat(account.path("rewards").toString()).isEqualTo("[\"free-delivery\"]");
            JsonNode earned = json(probe.awaitOne(on("loyalty.points.earned", customer)));
            assertThat(earned.path("points").asLong()).isEqualTo(1_100);
            assertThat(earned.path("balance").asLong()).isEqualTo(1_100);
            JsonNode upgraded = json(probe.awaitOne(on("loyalty.tier.upgraded", customer)));
            assertThat(upgraded.path("previousTier").asText()).isEqualTo("BRONZE");
            assertThat(upgraded.path("tier").asText()).isEqualTo("SILVER");
            JsonNode reward = json(probe.awaitOne(on("loyalty.reward.unlocked", customer)));
            assertThat(reward.path("rewardId").asText()).isEqualTo("free-delivery");
            assertThat(reward.path("threshold").asLong()).isEqualTo(1_000);

            // 600 points at 5 XOF take 3,000 XOF off; they are reserved, then returned on cancellation.
            String second = placeWithPoints(customer, productId, sku, 600)
                    .then()
                    .statusCode(201)
                    .body("total.amount", equalTo(997_000))
                    .body("discounts[0].kind", equalTo("POINTS"))
                    .body("discounts[0].reference", equalTo("600"))
                    .body("discounts[0].amount.amount", equalTo(3_000))
                    .extract()
                    .path("id");
            // Earns 997 × 1.1 (Silver) = 1,096 pending.
            awaitAccount(customer, 500, 1_096, 600);
            JsonNode reserved = json(probe.awaitOne(redeemed(second, "RESERVED")));
            assertThat(reserved.path("points").asLong()).isEqualTo(600);
            assertThat(reserved.path("balance").asLong()).isEqualTo(500);
            Api.changeStatus(second, "CANCELLED").then().statusCode(200);
            awaitAccount(customer, 1_100, 0, 0);
            assertThat(json(probe.awaitOne(redeemed(second, "RETURNED")))
                            .path("balance")
                            .asLong())
                    .isEqualTo(1_100);

            // A third order's points are consumed on confirmation.
            String third = placeWithPoints(customer, productId, sku, 600)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            awaitAccount(customer, 500, 1_096, 600);
            Api.changeStatus(third, "CONFIRMED").then().statusCode(200);
            awaitAccount(customer, 500, 1_096, 0);
            probe.awaitOne(redeemed(third, "CONSUMED"));

            // The placement again under a new event id (a producer's retry) reserves nothing more.
            ConsumerRecord<String, byte[]> placed = probe.awaitOne(on("order.order.placed", third));
            ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, third, KafkaProbe.value(placed));
            probe.assertExactly(r -> r.topic().equals("loyalty.points.redeemed") && value(r).contains(third), 2);
            awaitAccount(customer, 500, 1_096, 0);

            // Refunding the first order takes its 1,100 points back: the 500 left (600 were spent), and
            // the tier falls back to Bronze; the reward stays unlocked.
            Api.changeStatus(first, "REFUNDED").then().statusCode(200);
            account = awaitAccount(customer, 0, 1_096, 0);
            assertThat(account.path("tier").asText()).isEqualTo("BRONZE");
            assertThat(account.path("qualifyingPoints").asLong()).isZero();
            assertThat(account.path("rewards").toString()).isEqualTo("[\"free-delivery\"]");
            JsonNode downgraded = json(probe.awaitOne(on("loyalty.tier.downgraded", customer)));
            assertThat(downgraded.path("previousTier").asText()).isEqualTo("SILVER");
            assertThat(downgraded.path("tier").asText()).isEqualTo("BRONZE");
            assertThat(downgraded.path("qualifyingPoints").asLong()).isZero();
        }

        JsonNode after = stats();
        assertThat(delta(before, after, "members")).isEqualTo(1);
        assertThat(delta(before, after, "pointsIssued")).isZero();
        assertThat(delta(before, after, "pointsHeld")).isZero();
        assertThat(delta(before, after, "pointsPending")).isEqualTo(1_096);
        assertThat(delta(before, after, "pointsReserved")).isZero();
        assertThat(delta(before, after, "pointsRedeemed")).isEqualTo(600);
        assertThat(after.path("rewards").path("free-delivery").asLong()
                        - before.path("rewards").path("free-delivery").asLong())
                .isEqualTo(1);
    }

    @Test
    void concurrentOrdersNeverSpendMoreThanTheBalance() throws Exception {
        String customer = Api.unique("kofi");
        String sku = Api.unique("RADIO");
        String productId = Api.createProduct(sku, 1_000_000);
        String first = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        deliver(first);
        awaitAccount(customer, 1_100, 0, 0);

        try (KafkaProbe probe = KafkaProbe.of(TOPICS)) {
            // Three orders of 500 points each at once against 1,100: two are reserved, one refused.
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Callable<String>> calls = List.of(
                    () -> placeWithPoints(customer, productId, sku, 500).path("id"),
                    () -> placeWithPoints(customer, productId, sku, 500).path("id"),
                    () -> placeWithPoints(customer, productId, sku, 500).path("id"));
            List<String> orders =
                    pool.invokeAll(calls).stream().map(LoyaltyFlowTest::get).toList();
            pool.shutdown();
            assertThat(orders).doesNotContainNull();

            List<ConsumerRecord<String, byte[]>> decisions = probe.await(
                    r -> r.topic().equals("loyalty.points.redeemed")
                            && customer.equals(r.key())
                            && !value(r).contains("\"RETURNED\""),
                    3,
                    WAIT);
            List<JsonNode> decided =
                    decisions.stream().map(LoyaltyFlowTest::json).toList();
            assertThat(decided)
                    .extracting(d -> d.path("status").asText())
                    .containsExactlyInAnyOrder("RESERVED", "RESERVED", "REFUSED");
            String refused = decided.stream()
                    .filter(d -> d.path("status").asText().equals("REFUSED"))
                    .findFirst()
                    .orElseThrow()
                    .path("orderId")
                    .asText();
            assertThat(orders).contains(refused);

            // The refused order is cancelled, and its points were never taken.
            await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.customer(customer))
                    .get("/api/orders/" + refused)
                    .then()
                    .body("status", equalTo("CANCELLED"))
                    .body("history[-1].reason", equalTo("POINTS_REFUSED")));
            // 1,000,000 − 2,500 = 997,500 XOF earns 997 × 1.1 = 1,096 pending, for each of the two kept.
            awaitAccount(customer, 100, 2_192, 1_000);

            // Cancelling one of the two gives its 500 back.
            String kept =
                    orders.stream().filter(o -> !o.equals(refused)).findFirst().orElseThrow();
            Api.changeStatus(kept, "CANCELLED").then().statusCode(200);
            awaitAccount(customer, 600, 1_096, 500);
        }
    }

    @Test
    void pointsBeyondTheOrderAreRefusedWithoutAnOrderAndUncoveredOnesCancelIt() {
        String customer = Api.unique("ines");
        String sku = Api.unique("CABLE");
        String productId = Api.createProduct(sku, 2_000);
        Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        // 2 points + 100 first-purchase bonus: settled before the other tests count the statistics.
        awaitAccount(customer, 0, 102, 0);
        long ordersBefore = ordersOf(customer);

        // 2,000 XOF is worth at most 400 points.
        placeWithPoints(customer, productId, sku, 401)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("pointsToRedeem"))
                .body(
                        "errors[0].message",
                        equalTo("at most 400 points can be redeemed against this order (2000 XOF, 5 per point)"));
        placeWithPoints(customer, productId, sku, -1).then().statusCode(400).contentType("application/problem+json");
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethod", "CASH_ON_DELIVERY", "pointsToRedeem", "lots"))
                .post("/api/cart/checkout")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(ordersOf(customer)).isEqualTo(ordersBefore);

        // Checkout takes points too: all 400 pay the whole order, but the 102 points are still
        // pending, so the loyalty engine refuses them and the order is cancelled.
        Api.addToCartWhenOrderable(customer, productId, sku, 1);
        String checkedOut = given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethod", "CASH_ON_DELIVERY", "pointsToRedeem", 400))
                .post("/api/cart/checkout")
                .then()
                .statusCode(201)
                .body("total.amount", equalTo(0))
                .body("discounts[0].kind", equalTo("POINTS"))
                .body("discounts[0].amount.amount", equalTo(2_000))
                .extract()
                .path("id");
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders/" + checkedOut)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("history[-1].reason", equalTo("POINTS_REFUSED")));
        awaitAccount(customer, 0, 102, 0);

        given().header(AUTH, Tokens.customer(customer))
                .get("/api/loyalty/stats")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/loyalty/" + Api.unique("someone-else"))
                .then()
                .statusCode(403);
    }

    private static Response placeWithPoints(String customer, String productId, String sku, long points) {
        Map<String, Object> body = new HashMap<>();
        body.put("items", List.of(Api.item(productId, sku, 1)));
        body.put("paymentMethod", "CASH_ON_DELIVERY");
        body.put("pointsToRedeem", points);
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders");
    }

    static void deliver(String orderId) {
        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
    }

    /** Waits until the account shows these spendable, pending and reserved points; returns it. */
    static JsonNode awaitAccount(String customer, long points, long pending, long reserved) {
        JsonNode[] account = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            account[0] = JSON.readTree(given().header(AUTH, Tokens.customer(customer))
                    .get("/api/loyalty/" + customer)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertThat(List.of(
                            account[0].path("points").asLong(),
                            account[0].path("pendingPoints").asLong(),
                            account[0].path("reservedPoints").asLong()))
                    .isEqualTo(List.of(points, pending, reserved));
        });
        return account[0];
    }

    private static long ordersOf(String customer) {
        return ((Number) given().header(AUTH, Tokens.admin())
                        .get("/api/orders?customerId=" + customer)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total"))
                .longValue();
    }

    static JsonNode stats() {
        return readTree(given().header(AUTH, Tokens.admin())
                .get("/api/loyalty/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    static long delta(JsonNode before, JsonNode after, String field) {
        return after.path(field).asLong() - before.path(field).asLong();
    }

    static Predicate<ConsumerRecord<String, byte[]>> on(String topic, String key) {
        return r -> r.topic().equals(topic) && key.equals(r.key());
    }

    private static Predicate<ConsumerRecord<String, byte[]>> redeemed(String orderId, String status) {
        return r -> r.topic().equals("loyalty.points.redeemed")
                && value(r).contains("\"orderId\":\"" + orderId + "\"")
                && value(r).contains("\"status\":\"" + status + "\"");
    }

    private static String value(ConsumerRecord<String, byte[]> record) {
        return KafkaProbe.value(record);
    }

    static JsonNode json(ConsumerRecord<String, byte[]> record) {
        return readTree(value(record));
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
