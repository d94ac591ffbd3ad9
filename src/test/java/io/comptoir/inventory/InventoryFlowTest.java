package io.comptoir.inventory;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Metrics;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * Stock follows the orders through Kafka alone: a placed order holds its lines all or nothing, a
 * cancellation gives them back, a shipment takes them out and counts as sales, and an order the
 * stock cannot cover is cancelled by the order engine with reason {@code OUT_OF_STOCK}.
 */
@QuarkusTest
class InventoryFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private record Stocked(String productId, String sku) {}

    /** A priced product whose only sku has {@code onHand} units and low threshold {@code threshold}. */
    private static Stocked stocked(String prefix, long onHand, long threshold) {
        String sku = Api.unique(prefix);
        String productId = Api.createProduct(sku, 10_000);
        count(sku, productId, onHand, threshold).statusCode(200);
        return new Stocked(productId, sku);
    }

    private static ValidatableResponse count(String sku, String productId, long onHand, long threshold) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("productId", productId, "onHand", onHand, "lowThreshold", threshold))
                .put("/api/inventory/" + sku)
                .then();
    }

    private static ValidatableResponse stock(String sku) {
        return given().header(AUTH, Tokens.admin()).get("/api/inventory/" + sku).then();
    }

    /** Waits until the sku shows {@code onHand} units of which {@code reserved} are held. */
    private static void awaitStock(String sku, long onHand, long reserved) {
        await().atMost(WAIT).untilAsserted(() -> stock(sku)
                .statusCode(200)
                .body("onHand", equalTo((int) onHand))
                .body("reserved", equalTo((int) reserved))
                .body("available", equalTo((int) (onHand - reserved))));
    }

    private static void awaitReservation(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/inventory/reservations/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo(status)));
    }

    private static void awaitOrder(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo(status)));
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(KafkaProbe.value(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOrderHoldsItsLinesAndACancellationGivesThemBack() {
        Stocked phone = stocked("INV-PH", 10, 2);
        Stocked cover = stocked("INV-CV", 5, 1);
        try (KafkaProbe probe = KafkaProbe.of("inventory.stock.reserved", "inventory.stock.released")) {
            String orderId = Api.placeOrderWhenOrderable(
                    Api.unique("inv"),
                    List.of(
                            Api.item(phone.productId(), phone.sku(), 3),
                            Api.item(cover.productId(), cover.sku(), 1),
                            Api.item(phone.productId(), phone.sku(), 1)));

            awaitReservation(orderId, "RESERVED");
            awaitStock(phone.sku(), 10, 4);
            awaitStock(cover.sku(), 5, 1);
            List<ConsumerRecord<String, byte[]>> held = probe.await(
                    r -> r.topic().equals("inventory.stock.reserved")
                            && orderId.equals(json(r).path("orderId").asText()),
                    2,
                    WAIT);
            assertThat(held).allSatisfy(r -> assertThat(json(r).path("reserved").asBoolean())
                    .isTrue());
            // Two lines of the same sku are held as one.
            assertThat(held).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(phone.sku(), cover.sku());

            Api.changeStatus(orderId, "CANCELLED").then().statusCode(200);
            awaitReservation(orderId, "RELEASED");
            awaitStock(phone.sku(), 10, 0);
            awaitStock(cover.sku(), 5, 0);
            List<ConsumerRecord<String, byte[]>> released = probe.await(
                    r -> r.topic().equals("inventory.stock.released")
                            && orderId.equals(json(r).path("orderId").asText()),
                    2,
                    WAIT);
            assertThat(released)
                    .extracting(r -> json(r).path("quantity").asInt())
                    .containsExactlyInAnyOrder(4, 1);
        }
    }

    @Test
    void anOrderTheStockCannotCoverIsCancelledOutOfStockAndHoldsNothing() {
        Stocked plenty = stocked("INV-OK", 10, 0);
        Stocked scarce = stocked("INV-SC", 1, 0);
        try (KafkaProbe probe = KafkaProbe.of("inventory.stock.reserved")) {
            String orderId = Api.placeOrderWhenOrderable(
                    Api.unique("inv"),
                    List.of(
                            Api.item(plenty.productId(), plenty.sku(), 2),
                            Api.item(scarce.productId(), scarce.sku(), 3)));

            awaitOrder(orderId, "CANCELLED");
            given().header(AUTH, Tokens.admin())
                    .get("/api/orders/" + orderId)
                    .then()
                    .body("history.find { it.status == 'CANCELLED' }.reason", equalTo("OUT_OF_STOCK"));
            given().header(AUTH, Tokens.admin())
                    .get("/api/inventory/reservations/" + orderId)
                    .then()
                    .body("status", equalTo("REFUSED"))
                    .body("reason", equalTo("3 × " + scarce.sku() + " asked, 1 available"));
            awaitStock(plenty.sku(), 10, 0);
            awaitStock(scarce.sku(), 1, 0);

            ConsumerRecord<String, byte[]> refusal =
                    probe.awaitOne(r -> scarce.sku().equals(r.key())
                            && orderId.equals(json(r).path("orderId").asText()));
            assertThat(json(refusal).path("reserved").asBoolean()).isFalse();
            assertThat(json(refusal).path("reason").asText()).isEqualTo("OUT_OF_STOCK");
            assertThat(json(refusal).path("available").asLong()).isEqualTo(1);
        }

        // Nor can a sku with nothing on hand.
        String unstocked = Api.unique("INV-NONE");
        String productId = Api.createProduct(unstocked, 1_000);
        count(unstocked, productId, 0, 0).statusCode(200);
        String orderId = Api.placeOrderWhenOrderable(Api.unique("inv"), productId, unstocked, 1);
        awaitOrder(orderId, "CANCELLED");
    }

    @Test
    void concurrentOrdersNeverOversell() throws Exception {
        Stocked lamp = stocked("INV-LMP", 5, 1);
        Api.placeOrderWhenOrderable(Api.unique("warm"), lamp.productId(), lamp.sku(), 1);
        awaitStock(lamp.sku(), 5, 1);

        try (KafkaProbe probe = KafkaProbe.of("inventory.stock.depleted");
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<String>> buyers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                buyers.add(() -> Api.placeOrder(Api.unique("rush"), lamp.productId(), lamp.sku(), 1)
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("id"));
            }
            List<String> orders = new ArrayList<>();
            for (Future<String> placed : pool.invokeAll(buyers)) {
                orders.add(placed.get());
            }

            awaitStock(lamp.sku(), 5, 5);
            await().atMost(WAIT).untilAsserted(() -> assertThat(orders.stream()
                            .map(id -> given().header(AUTH, Tokens.admin())
                                    .get("/api/orders/" + id)
                                    .then()
                                    .extract()
                                    .<String>path("status"))
                            .toList())
                    .filteredOn("CANCELLED"::equals)
                    .hasSize(4));
            probe.assertExactly(r -> lamp.sku().equals(r.key()), 1);
        }
        given().header(AUTH, Tokens.admin())
                .queryParam("level", "DEPLETED")
                .queryParam("productId", lamp.productId())
                .get("/api/inventory")
                .then()
                .statusCode(200)
                .body("items.sku", contains(lamp.sku()));
    }

    @Test
    void aShipmentTakesTheUnitsOutAndLowStockSuggestsAReorder() {
        Stocked mug = stocked("INV-MUG", 10, 6);
        try (KafkaProbe probe = KafkaProbe.of("inventory.stock.low", "inventory.reorder.suggested")) {
            String orderId = Api.placeOrderWhenOrderable(Api.unique("inv"), mug.productId(), mug.sku(), 3);
            awaitReservation(orderId, "RESERVED");
            Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
            Api.changeStatus(orderId, "SHIPPED").then().statusCode(200);

            awaitReservation(orderId, "SHIPPED");
            awaitStock(mug.sku(), 7, 0);
            // 3 units sold in a 30-day window: 0.10 a day; 45 days of lead time and 30 of cover need
            // ceil(0.10 × 75) = 8 units, of which 7 are available.
            stock(mug.sku())
                    .body("dailyVelocity", equalTo(0.10f))
                    .body("suggestedReorder", equalTo(1))
                    .body("low", equalTo(false));

            String second = Api.placeOrderWhenOrderable(Api.unique("inv"), mug.productId(), mug.sku(), 2);
            awaitReservation(second, "RESERVED");
            // 5 available ≤ threshold 6: low, and ceil(0.10 × 75) = 8 - 5 = 3 to reorder.
            ConsumerRecord<String, byte[]> low = probe.awaitOne(
                    r -> r.topic().equals("inventory.stock.low") && mug.sku().equals(r.key()));
            assertThat(json(low).path("available").asLong()).isEqualTo(5);
            assertThat(json(low).path("threshold").asLong()).isEqualTo(6);
            ConsumerRecord<String, byte[]> reorder = probe.awaitOne(r ->
                    r.topic().equals("inventory.reorder.suggested") && mug.sku().equals(r.key()));
            assertThat(json(reorder).path("dailyVelocity").decimalValue()).isEqualByComparingTo("0.10");
            assertThat(json(reorder).path("suggestedQuantity").asLong()).isEqualTo(3);
            stock(mug.sku()).body("low", equalTo(true)).body("suggestedReorder", equalTo(3));
            given().header(AUTH, Tokens.admin())
                    .queryParam("level", "LOW")
                    .queryParam("productId", mug.productId())
                    .get("/api/inventory")
                    .then()
                    .body("items.sku", contains(mug.sku()));

            // Still low after another order: announced once per crossing.
            String third = Api.placeOrderWhenOrderable(Api.unique("inv"), mug.productId(), mug.sku(), 1);
            awaitReservation(third, "RESERVED");
            probe.assertExactly(r -> mug.sku().equals(r.key()), 2);
        }
    }

    @Test
    void aPlacementDeliveredAgainHoldsOnce() {
        Stocked bag = stocked("INV-BAG", 10, 0);
        try (KafkaProbe placements = KafkaProbe.of("order.order.placed")) {
            String orderId = Api.placeOrderWhenOrderable(Api.unique("inv"), bag.productId(), bag.sku(), 2);
            awaitReservation(orderId, "RESERVED");
            ConsumerRecord<String, byte[]> placed = placements.awaitOne(r -> orderId.equals(r.key()));

            // Announced again under a new event id, then redelivered as is; both carry the order's
            // key, so once the inbox has counted the second as a duplicate, the first is handled too.
            RecordHeaders renamed = new RecordHeaders(placed.headers().toArray());
            renamed.remove("ce_id");
            renamed.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            double duplicates = Metrics.eventsIn("inventory", "order.order.placed", "duplicate");
            KafkaProbe.send(placed.topic(), placed.key(), renamed, placed.value());
            KafkaProbe.send(placed.topic(), placed.key(), placed.headers(), placed.value());
            await().atMost(WAIT)
                    .until(() -> Metrics.eventsIn("inventory", "order.order.placed", "duplicate") > duplicates);

            awaitStock(bag.sku(), 10, 2);
            given().header(AUTH, Tokens.admin())
                    .get("/api/inventory/reservations/" + orderId)
                    .then()
                    .body("status", equalTo("RESERVED"))
                    .body("lines.quantity", contains(2));
        }
    }

    @Test
    void adminsCountAndAdjustStockWithinTheHolds() {
        Stocked cable = stocked("INV-CBL", 4, 1);
        String orderId = Api.placeOrderWhenOrderable(Api.unique("inv"), cable.productId(), cable.sku(), 3);
        awaitStock(cable.sku(), 4, 3);

        count(cable.sku(), cable.productId(), 2, 1)
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        equalTo("sku " + cable.sku()
                                + " has 3 units held for orders; on hand cannot go below that (asked 2)"));
        count(cable.sku(), Api.unique("other"), 10, 1).statusCode(409);
        adjust(cable.sku(), Map.of("delta", -2, "reason", "broken")).statusCode(409);
        adjust(cable.sku(), Map.of("delta", 0, "reason", "nothing"))
                .statusCode(422)
                .body("errors[0].field", equalTo("delta"));
        adjust(cable.sku(), Map.of("delta", 20)).statusCode(400);
        adjust(Api.unique("INV-NONE"), Map.of("delta", 1, "reason", "delivery")).statusCode(404);
        awaitStock(cable.sku(), 4, 3);

        adjust(cable.sku(), Map.of("delta", 20, "reason", "container from Guangzhou"))
                .statusCode(200)
                .body("onHand", equalTo(24))
                .body("available", equalTo(21));
        given().get("/api/inventory/" + cable.sku() + "/availability")
                .then()
                .statusCode(200)
                .body("available", equalTo(21))
                .body("inStock", equalTo(true));
        given().get("/api/inventory/" + Api.unique("INV-NONE") + "/availability")
                .then()
                .statusCode(200)
                .body("inStock", equalTo(false));

        given().header(AUTH, Tokens.customer("mallory"))
                .contentType(ContentType.JSON)
                .body(Map.of("productId", cable.productId(), "onHand", 1000))
                .put("/api/inventory/" + cable.sku())
                .then()
                .statusCode(403);
        given().get("/api/inventory/" + cable.sku()).then().statusCode(401);
        count(cable.sku(), cable.productId(), -1, 1).statusCode(400);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("productId", cable.productId(), "onHand", 5))
                .put("/api/inventory/bad sku!")
                .then()
                .statusCode(400);
        awaitStock(cable.sku(), 24, 3);

        given().header(AUTH, Tokens.admin())
                .get("/api/inventory/stats")
                .then()
                .statusCode(200)
                .body("skus", greaterThanOrEqualTo(1))
                .body("unitsOnHand", greaterThanOrEqualTo(24))
                .body("reservations.RESERVED", greaterThanOrEqualTo(1));
        Api.changeStatus(orderId, "CANCELLED").then().statusCode(200);
        awaitStock(cable.sku(), 24, 0);
    }

    private static ValidatableResponse adjust(String sku, Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/inventory/" + sku + "/adjustments")
                .then();
    }
}
