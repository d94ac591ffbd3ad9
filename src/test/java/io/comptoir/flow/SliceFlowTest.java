package io.comptoir.flow;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The first slice end to end, through the real broker and wire server: catalog → order → loyalty. */
@QuarkusTest
class SliceFlowTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void orderPlacedThenDeliveredEarnsPointsOnce() throws Exception {
        String customer = Api.unique("alice");
        String sku = Api.unique("CSQ");
        String productId = Api.createProduct(sku, 25_000);

        String orderId = Api.placeOrderWhenOrderable(customer, productId, sku, 3);

        try (KafkaProbe placed = KafkaProbe.of("order.order.placed")) {
            JsonNode event =
                    json.readTree(placed.awaitOne(r -> orderId.equals(r.key())).value());
            assertThat(event.get("orderId").asText()).isEqualTo(orderId);
            assertThat(event.get("customerId").asText()).isEqualTo(customer);
            assertThat(event.get("total").get("amount").asLong()).isEqualTo(75_000);
            assertThat(event.get("total").get("currency").asText()).isEqualTo("XOF");
            assertThat(event.get("lines").get(0).get("sku").asText()).isEqualTo(sku);
        }
        // 75,000 XOF at 1 point per 1,000 XOF, plus the 100-point first-purchase bonus, pending delivery.
        Api.awaitLoyalty(customer, 0, 175);

        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(orderId, status).then().statusCode(200).body("status", equalTo(status));
        }
        Api.awaitLoyalty(customer, 175, 0);

        // A second order earns no bonus; cancelling it gives its pending points back.
        String second = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        Api.awaitLoyalty(customer, 175, 25);
        Api.changeStatus(second, "CANCELLED").then().statusCode(200);
        Api.awaitLoyalty(customer, 175, 0);
    }

    @Test
    void everyEnvelopeAttributeTravelsAsCloudEventsHeaders() {
        String customer = Api.unique("bob");
        String sku = Api.unique("SPK");
        String productId = Api.createProduct(sku, 10_000);
        String orderId = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        String correlation = "corr-" + UUID.randomUUID();
        Instant before = Instant.now();

        for (String status : List.of("CONFIRMED", "SHIPPED")) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
        given().header(AUTH, Tokens.admin())
                .header("X-Correlation-Id", correlation)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "DELIVERED"))
                .patch("/api/orders/" + orderId + "/status")
                .then()
                .statusCode(200)
                .header("X-Correlation-Id", correlation);

        try (KafkaProbe probe = KafkaProbe.of("order.order.delivered", "loyalty.points.earned")) {
            ConsumerRecord<String, byte[]> delivered =
                    probe.awaitOne(r -> r.topic().equals("order.order.delivered") && orderId.equals(r.key()));
            Map<String, String> h = KafkaProbe.headers(delivered);
            assertThat(h.get("ce_specversion")).isEqualTo("1.0");
            assertThat(h.get("ce_id")).isNotBlank();
            assertThat(h.get("ce_type")).isEqualTo("order.order.delivered");
            assertThat(h.get("ce_source")).isEqualTo("/comptoir/order");
            assertThat(h.get("ce_subject")).isEqualTo(orderId);
            assertThat(Instant.parse(h.get("ce_time"))).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(h.get("ce_correlationid")).isEqualTo(correlation);
            assertThat(h.get("ce_userid")).isEqualTo("admin-1");
            assertThat(h.get("ce_dataversion")).isEqualTo("1");
            assertThat(h.get("content-type")).isEqualTo("application/json");
            assertThat(h).doesNotContainKey("ce_causationid");

            // The points the delivery earned carry the same correlation id, caused by that event.
            ConsumerRecord<String, byte[]> earned =
                    probe.awaitOne(r -> r.topic().equals("loyalty.points.earned") && customer.equals(r.key()));
            assertThat(KafkaProbe.header(earned, "ce_correlationid")).isEqualTo(correlation);
            assertThat(KafkaProbe.header(earned, "ce_causationid")).isEqualTo(h.get("ce_id"));
            assertThat(KafkaProbe.header(earned, "ce_source")).isEqualTo("/comptoir/loyalty");
            assertThat(KafkaProbe.value(earned)).contains("\"points\":110");
        }
    }

    @Test
    void productLifecycleEmitsItsTopicsAndViewsCarryTheSession() {
        String sku = Api.unique("LMP");
        String productId = Api.createProduct(sku, 5_000);
        given().header("X-Session-Id", "session-42")
                .get("/api/products/" + productId)
                .then()
                .statusCode(200)
                .body("variants[0].price.amount", equalTo(5000));
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Lamp deluxe"))
                .patch("/api/products/" + productId)
                .then()
                .statusCode(200)
                .body("name", equalTo("Lamp deluxe"));
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("sku", sku + "-XL", "price", Map.of("amount", 6000, "currency", "XOF")))
                .post("/api/products/" + productId + "/variants")
                .then()
                .statusCode(201);
        given().header(AUTH, Tokens.admin())
                .delete("/api/products/" + productId)
                .then()
                .statusCode(204);
        given().get("/api/products/" + productId).then().statusCode(404);

        try (KafkaProbe probe = KafkaProbe.of(
                "catalog.product.created",
                "catalog.product.viewed",
                "catalog.product.updated",
                "catalog.variant.created",
                "catalog.product.deleted")) {
            probe.await(r -> productId.equals(r.key()), 7, Duration.ofSeconds(30));
            assertThat(KafkaProbe.value(probe.awaitOne(
                            r -> r.topic().equals("catalog.product.viewed") && productId.equals(r.key()))))
                    .contains("\"sessionId\":\"session-42\"");
            assertThat(probe.matching(r -> r.topic().equals("catalog.variant.created") && productId.equals(r.key())))
                    .hasSize(2);
            assertThat(probe.matching(r -> r.topic().equals("catalog.product.updated") && productId.equals(r.key())))
                    .hasSize(2);
        }
        // Once the deletion reaches the order engine, the product can no longer be ordered.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        Api.placeOrder(Api.unique("carol"), productId, sku, 1).statusCode() == 422);
    }

    @Test
    void createdProductHasLocationAndIsListed() {
        String sku = Api.unique("TBL");
        String category = Api.category(("furniture-" + sku).toLowerCase());
        var created = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Table",
                        "categoryId",
                        category,
                        "sourceUrl",
                        "https://example.cn/item/1",
                        "baseCost",
                        Map.of("amount", 30000, "currency", "CNY"),
                        "variants",
                        List.of(Map.of("sku", sku, "price", Map.of("amount", 90000, "currency", "XOF")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/products/" + id);
        given().queryParam("categoryId", category)
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].baseCost.currency", equalTo("CNY"));
    }

    @Test
    void illegalTransitionIsConflictAndChangesNothing() {
        String customer = Api.unique("dan");
        String sku = Api.unique("MUG");
        String orderId = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 2_000), sku, 1);
        Api.changeStatus(orderId, "DELIVERED")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("PLACED cannot become DELIVERED"));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLACED"))
                .body("history.size()", equalTo(1));
    }
}
