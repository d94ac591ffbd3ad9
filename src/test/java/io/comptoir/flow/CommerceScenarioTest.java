package io.comptoir.flow;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole commerce core through the real broker, as a shop lives it: a product priced by the
 * pricing engine, stocked, put in a cart with a promo code, checked out (stock held, code
 * redeemed), confirmed and invoiced, paid, shipped (stock taken out), delivered, and the points
 * credited — once as is, once with Kafka stopped right after the checkout and restarted after
 * the confirmation: nothing lost, nothing done twice.
 */
@QuarkusTest
class CommerceScenarioTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void fromCatalogueToLoyaltyPoints() {
        scenario(false);
    }

    @Test
    void fromCatalogueToLoyaltyPointsThroughAKafkaOutage() {
        scenario(true);
    }

    private static ValidatableResponse admin(String method, String path, Map<String, Object> body) {
        var request = given().header(AUTH, Tokens.admin()).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body))
                .request(method, path)
                .then();
    }

    private static void scenario(boolean outage) {
        String customer = Api.unique("awa");
        String sku = Api.unique("CSQ");
        String promo = Api.unique("BIENVENUE").replace("-", "").toUpperCase();

        // Catalogue and pricing: 120 CNY × 85.50 × (1 + 0.30 + 0.05 + 0.02) = 14,056.2 → 14,075 XOF.
        admin(
                        "PUT",
                        "/api/pricing/settings",
                        Map.of(
                                "exchangeRate", "85.50",
                                "defaultMarginRate", "0.30",
                                "serviceFeeRate", "0.05",
                                "insuranceRate", "0.02",
                                "roundingStep", 25,
                                "roundingMode", "UP"))
                .statusCode(200);
        String productId = admin(
                        "POST",
                        "/api/products",
                        Map.of(
                                "name", "Casque sans fil",
                                "categoryId", Api.category(Api.unique("audio")),
                                "baseCost", Map.of("amount", 12_000, "currency", "CNY"),
                                "variants", List.of(Map.of("sku", sku, "attributes", Map.of("color", "noir")))))
                .statusCode(201)
                .extract()
                .path("id");
        Api.stock(sku, productId, 10);
        admin(
                        "POST",
                        "/api/promotions/codes",
                        Map.of(
                                "code",
                                promo,
                                "kind",
                                "PERCENT",
                                "percent",
                                "0.10",
                                "validUntil",
                                Instant.now().plus(Duration.ofDays(1)).toString()))
                .statusCode(201);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/products/" + productId)
                .then()
                .body("variants[0].price.amount", equalTo(14_075)));

        // Cart and checkout: 2 × 14,075 = 28,150, less 10 % (2,815) = 25,335.
        Api.addToCartWhenOrderable(customer, productId, sku, 2);
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("code", promo))
                .put("/api/cart/promo-code")
                .then()
                .statusCode(200)
                .body("total.amount", equalTo(25_335)));
        String orderId = given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethod", "CARD"))
                .post("/api/cart/checkout")
                .then()
                .statusCode(201)
                .body("total.amount", equalTo(25_335))
                .extract()
                .path("id");

        try (KafkaProbe probe = KafkaProbe.of(
                "order.order.placed", "order.order.confirmed", "billing.invoice.generated", "loyalty.points.earned")) {
            if (outage) {
                ComptoirInfra.kafka().stop();
                try {
                    // The API keeps working: the confirmation waits in the outbox with the placement.
                    Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
                } finally {
                    ComptoirInfra.kafka().start();
                }
            }

            // Stock held and code redeemed, from the placement.
            awaitAdmin("/api/inventory/reservations/" + orderId, "status", "RESERVED");
            awaitAdmin("/api/inventory/" + sku, "available", 8);
            awaitAdmin("/api/promotions/codes/" + promo, "uses", 1);

            // Confirmed and invoiced.
            if (!outage) {
                Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
            }
            awaitAdmin("/api/invoices/" + orderId, "total.amount", 25_335);
            given().header(AUTH, Tokens.admin())
                    .get("/api/invoices/" + orderId)
                    .then()
                    .body("number", matchesPattern("FAC-\\d{4}-\\d{6}"))
                    .body("discounts[0].kind", equalTo("CODE"))
                    .body("discounts[0].amount.amount", equalTo(2_815));

            // Paid, shipped (the stock leaves the shelf), delivered.
            ForeignEvents.paymentCompleted(Api.unique("pay"), orderId, customer, 25_335);
            awaitAdmin("/api/invoices/" + orderId, "status", "PAID");
            await().atMost(WAIT)
                    .until(() -> admin(
                                            "POST",
                                            "/api/shipments",
                                            Map.of(
                                                    "orderId",
                                                    orderId,
                                                    "method",
                                                    "AIR_EXPRESS",
                                                    "zone",
                                                    "abidjan",
                                                    "parcel",
                                                    Map.of(
                                                            "weightGrams",
                                                            900,
                                                            "lengthCm",
                                                            25,
                                                            "widthCm",
                                                            20,
                                                            "heightCm",
                                                            12)))
                                    .extract()
                                    .statusCode()
                            == 201);
            admin("POST", "/api/shipments/" + orderId + "/tracking", Map.of("status", "DISPATCHED"))
                    .statusCode(200);
            awaitAdmin("/api/orders/" + orderId, "status", "SHIPPED");
            awaitAdmin("/api/inventory/" + sku, "onHand", 8);
            admin("POST", "/api/shipments/" + orderId + "/tracking", Map.of("status", "DELIVERED"))
                    .statusCode(200);
            awaitAdmin("/api/orders/" + orderId, "status", "DELIVERED");

            // 25 points for 25,335 XOF and the first-purchase bonus, credited on delivery.
            Api.awaitLoyalty(customer, 125, 0);

            // Nothing done twice.
            probe.assertExactly(r -> orderId.equals(r.key()) && r.topic().startsWith("order."), 2);
            probe.assertExactly(r -> orderId.equals(r.key()) && r.topic().equals("billing.invoice.generated"), 1);
            probe.assertExactly(r -> customer.equals(r.key()) && r.topic().equals("loyalty.points.earned"), 1);
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/inventory/" + sku)
                .then()
                .body("onHand", equalTo(8))
                .body("reserved", equalTo(0));
        given().header(AUTH, Tokens.admin())
                .get("/api/promotions/codes/" + promo)
                .then()
                .body("uses", equalTo(1));
    }

    private static void awaitAdmin(String path, String field, Object expected) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get(path)
                .then()
                .statusCode(200)
                .body(field, equalTo(expected)));
    }
}
