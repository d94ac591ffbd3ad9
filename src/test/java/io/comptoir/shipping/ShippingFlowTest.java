package io.comptoir.shipping;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A confirmed order ships at the tables' price, and its tracking drives the order to SHIPPED and DELIVERED. */
@QuarkusTest
class ShippingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, Object> BOX =
            Map.of("weightGrams", 2_500, "lengthCm", 40, "widthCm", 30, "heightCm", 20);

    private static ValidatableResponse ship(String orderId, String method, String zone) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "orderId", orderId, "method", method, "zone", zone, "parcel", BOX, "trackingNumber", "CI123"))
                .post("/api/shipments")
                .then();
    }

    private static ValidatableResponse track(String shipmentId, String status, String location) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("status", status, "location", location))
                .post("/api/shipments/" + shipmentId + "/tracking")
                .then();
    }

    private static void awaitOrder(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .body("status", equalTo(status)));
    }

    private static String confirmedOrder(String customer) {
        String sku = Api.unique("SHP");
        String orderId = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 20_000), sku, 1);
        Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
        return orderId;
    }

    @Test
    void trackingDrivesTheOrderToShippedAndDelivered() {
        String customer = Api.unique("ship");
        String orderId = confirmedOrder(customer);
        try (KafkaProbe probe = KafkaProbe.of(
                "shipping.shipment.created", "shipping.shipment.updated", "shipping.shipment.delivered")) {
            // The shipping engine learns the confirmation from Kafka: 409 until then.
            await().atMost(WAIT)
                    .until(() ->
                            ship(orderId, "AIR_EXPRESS", "abidjan").extract().statusCode() == 201);
            given().header(AUTH, Tokens.customer(customer))
                    .get("/api/shipments/" + orderId)
                    .then()
                    .statusCode(200)
                    .body("cost.amount", equalTo(48_600))
                    .body("transitDays", equalTo(5))
                    .body("status", equalTo("CREATED"));
            ship(orderId, "AIR_EXPRESS", "abidjan").statusCode(409);

            track(orderId, "DISPATCHED", "Guangzhou").statusCode(200).body("status", equalTo("DISPATCHED"));
            awaitOrder(orderId, "SHIPPED");
            track(orderId, "AT_CUSTOMS", "Abidjan port").statusCode(200);
            track(orderId, "DELIVERED", "Cocody").statusCode(200);
            awaitOrder(orderId, "DELIVERED");
            track(orderId, "IN_TRANSIT", "lost?").statusCode(409);

            given().header(AUTH, Tokens.customer(customer))
                    .get("/api/shipments/" + orderId)
                    .then()
                    .body("tracking.status", contains("CREATED", "DISPATCHED", "AT_CUSTOMS", "DELIVERED"))
                    .body("tracking.location[1]", equalTo("Guangzhou"));
            List<ConsumerRecord<String, byte[]>> events = probe.await(r -> orderId.equals(r.key()), 5, WAIT);
            assertThat(events)
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder(
                            "shipping.shipment.created",
                            "shipping.shipment.updated",
                            "shipping.shipment.updated",
                            "shipping.shipment.updated",
                            "shipping.shipment.delivered");
        }
        // Delivered orders earn their points: 20,000 XOF = 20 + 100 first-purchase bonus.
        Api.awaitLoyalty(customer, 120, 0);
    }

    @Test
    void aDeliveryReportedFirstShipsAndDeliversTheOrder() {
        String orderId = confirmedOrder(Api.unique("ship"));
        await().atMost(WAIT)
                .until(() ->
                        ship(orderId, "LOCAL_DELIVERY", "abidjan").extract().statusCode() == 201);
        track(orderId, "DELIVERED", "Plateau").statusCode(200);
        awaitOrder(orderId, "DELIVERED");
        given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .body("history.status", contains("PLACED", "CONFIRMED", "SHIPPED", "DELIVERED"));
    }

    @Test
    void onlyConfirmedOrdersShipAndOnlyWhereAMethodGoes() {
        String customer = Api.unique("ship");
        String sku = Api.unique("SHP");
        String placedOnly = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 5_000), sku, 1);
        ship(placedOnly, "AIR_EXPRESS", "abidjan").statusCode(409).contentType("application/problem+json");

        String orderId = confirmedOrder(customer);
        await().atMost(WAIT).untilAsserted(() -> ship(orderId, "LOCAL_DELIVERY", "uemoa")
                .statusCode(422)
                .body("errors[0].field", equalTo("zone")));
        Api.changeStatus(orderId, "CANCELLED").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> ship(orderId, "AIR_EXPRESS", "uemoa")
                .statusCode(409)
                .body("detail", equalTo("order " + orderId + " is CANCELLED: it does not ship")));

        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("orderId", orderId, "method", "AIR_EXPRESS", "zone", "abidjan", "parcel", BOX))
                .post("/api/shipments")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "orderId",
                        orderId,
                        "method",
                        "TELEPORT",
                        "zone",
                        "abidjan",
                        "parcel",
                        Map.of("weightGrams", 0, "lengthCm", 1, "widthCm", 1, "heightCm", 1)))
                .post("/api/shipments")
                .then()
                .statusCode(400);
    }

    @Test
    void anyoneMayAskWhatShippingCosts() {
        given().queryParams(
                        Map.of("zone", "abidjan", "weightGrams", 2_500, "lengthCm", 40, "widthCm", 30, "heightCm", 20))
                .get("/api/shipping/quote")
                .then()
                .statusCode(200)
                .body("method", contains("LOCAL_DELIVERY", "SEA_FREIGHT", "AIR_STANDARD", "AIR_EXPRESS"))
                .body("cost.amount", contains(2_000, 13_400, 30_000, 48_600));
        given().queryParams(Map.of(
                        "zone",
                        "uemoa",
                        "method",
                        "SEA_FREIGHT",
                        "weightGrams",
                        2_500,
                        "lengthCm",
                        40,
                        "widthCm",
                        30,
                        "heightCm",
                        20))
                .get("/api/shipping/quote")
                .then()
                .statusCode(200)
                .body("cost.amount", contains(25_100));
        given().queryParams(Map.of("zone", "mars", "weightGrams", 1, "lengthCm", 1, "widthCm", 1, "heightCm", 1))
                .get("/api/shipping/quote")
                .then()
                .statusCode(404);
        given().queryParams(Map.of("zone", "abidjan", "weightGrams", 1))
                .get("/api/shipping/quote")
                .then()
                .statusCode(400);
        given().header(AUTH, Tokens.admin())
                .get("/api/shipping/stats")
                .then()
                .statusCode(200)
                .body("byMethod.size()", equalTo(4));
    }
}
