package io.comptoir.pricing;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prices follow the catalogue through Kafka: a product created with a base cost gets a price per
 * sku, and a new category margin, a new base cost or new settings reprice it, each time with one
 * {@code pricing.price.calculated} per changed sku and none when nothing changed.
 */
@QuarkusTest
class PricingFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> settings(String exchangeRate) {
        return Map.of(
                "exchangeRate", exchangeRate,
                "defaultMarginRate", "0.30",
                "serviceFeeRate", "0.05",
                "insuranceRate", "0.02",
                "roundingStep", 25,
                "roundingMode", "UP");
    }

    static void putSettings(Map<String, Object> settings) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(settings)
                .put("/api/pricing/settings")
                .then()
                .statusCode(200);
    }

    @BeforeEach
    void knownSettings() {
        putSettings(settings("85.50"));
    }

    @Test
    void pricesFollowCostMarginAndSettings() throws IOException {
        String category = Api.unique("cat");
        String skuA = Api.unique("PRC-A");
        String skuB = Api.unique("PRC-B");
        try (KafkaProbe probe = KafkaProbe.of("pricing.price.calculated")) {
            String productId = createProduct(
                    category,
                    Map.of("sku", skuA, "price", Map.of("amount", 1, "currency", "XOF")),
                    Map.of("sku", skuB, "price", Map.of("amount", 1, "currency", "XOF")));

            // 120 CNY × 85.50 × 1.37 = 14,056.2 → 14,075 XOF for both skus.
            awaitPrices(productId, 14_075);
            List<ConsumerRecord<String, byte[]>> calculated =
                    probe.await(r -> productId.equals(r.key()), 2, Duration.ofSeconds(30));
            JsonNode first = JSON.readTree(KafkaProbe.value(calculated.getFirst()));
            assertThat(first.path("price").path("amount").asLong()).isEqualTo(14_075);
            assertThat(first.path("price").path("currency").asText()).isEqualTo("XOF");
            assertThat(first.path("baseCost").path("amount").asLong()).isEqualTo(12_000);
            assertThat(first.path("exchangeRate").decimalValue()).isEqualByComparingTo("85.50");
            assertThat(first.path("marginRate").decimalValue()).isEqualByComparingTo("0.30");
            assertThat(List.of(
                            first.path("sku").asText(),
                            JSON.readTree(KafkaProbe.value(calculated.get(1)))
                                    .path("sku")
                                    .asText()))
                    .containsExactlyInAnyOrder(skuA, skuB);

            // The category's own margin: 120 × 85.50 × 1.57 = 16,108.2 → 16,125.
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("marginRate", "0.50"))
                    .put("/api/pricing/margins/" + category)
                    .then()
                    .statusCode(200)
                    .body("categoryId", equalTo(category));
            awaitPrices(productId, 16_125);

            // A new base cost in the catalogue: 100 × 85.50 × 1.57 = 13,423.5 → 13,425.
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("baseCost", Map.of("amount", 10_000, "currency", "CNY")))
                    .patch("/api/products/" + productId)
                    .then()
                    .statusCode(200);
            awaitPrices(productId, 13_425);

            // New settings reprice everything: 100 × 90 × 1.57 = 14,130 → 14,150.
            putSettings(settings("90"));
            awaitPrices(productId, 14_150);
            probe.assertExactly(r -> productId.equals(r.key()), 8);

            // The same settings again: nothing to reprice, no event.
            putSettings(settings("90"));
            probe.assertExactly(r -> productId.equals(r.key()), 8);
        } finally {
            putSettings(settings("85.50"));
        }
    }

    @Test
    void theCatalogueShowsComputedPricesAndOrdersUseThem() {
        String computed = Api.unique("PRC-C");
        String manual = Api.unique("PRC-M");
        String productId = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(productBody(
                        Api.category(Api.unique("cat")),
                        Map.of("sku", computed),
                        Map.of("sku", manual, "price", Map.of("amount", 5_000, "currency", "XOF"))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .body("variants.find { it.sku == '%s' }.price".formatted(computed), nullValue())
                .extract()
                .path("id");

        // 14,075 XOF from pricing for the computed sku; the admin's 5,000 stays.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/products/" + productId)
                .then()
                .statusCode(200)
                .body("variants.find { it.sku == '%s' }.price.amount".formatted(computed), equalTo(14_075))
                .body("variants.find { it.sku == '%s' }.manualPrice".formatted(computed), equalTo(false))
                .body("variants.find { it.sku == '%s' }.price.amount".formatted(manual), equalTo(5_000)));

        String customer = Api.unique("buyer");
        Api.stock(computed, productId, 10);
        String orderId = Api.placeOrderWhenOrderable(customer, productId, computed, 2);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .body("items[0].unitPrice.amount", equalTo(14_075))
                .body("total.amount", equalTo(28_150));
    }

    @Test
    void quantityTiersPriceEverySkuAndFollowRepricing() throws IOException {
        String category = Api.unique("tier");
        String skuA = Api.unique("TIER-A");
        String skuB = Api.unique("TIER-B");
        try (KafkaProbe probe = KafkaProbe.of("pricing.tier.activated")) {
            String productId = createProduct(category, Map.of("sku", skuA), Map.of("sku", skuB));
            awaitPrices(productId, 14_075);

            Map<String, Object> tiers = Map.of(
                    "tiers",
                    List.of(
                            Map.of("minQuantity", 50, "discountRate", "0.20"),
                            Map.of("minQuantity", 10, "discountRate", "0.10")));
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(tiers)
                    .put("/api/pricing/products/" + productId + "/tiers")
                    .then()
                    .statusCode(200)
                    .body("prices.find { it.sku == '%s' }.tiers.minQuantity".formatted(skuA), equalTo(List.of(10, 50)))
                    .body(
                            "prices.find { it.sku == '%s' }.tiers.unitPrice.amount".formatted(skuB),
                            equalTo(List.of(12_675, 11_275)));
            List<ConsumerRecord<String, byte[]>> activated =
                    probe.await(r -> productId.equals(r.key()), 4, Duration.ofSeconds(30));
            JsonNode tier = JSON.readTree(KafkaProbe.value(activated.getFirst()));
            assertThat(List.of(12_675L, 11_275L))
                    .contains(tier.path("unitPrice").path("amount").asLong());

            quote(productId, skuA, 5, 14_075, 70_375);
            quote(productId, skuA, 12, 12_675, 152_100);
            quote(productId, skuB, 50, 11_275, 563_750);

            // A new margin reprices the tiers too: 16,125 → 14,525 and 12,900.
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("marginRate", "0.50"))
                    .put("/api/pricing/margins/" + category)
                    .then()
                    .statusCode(200);
            awaitPrices(productId, 16_125);
            quote(productId, skuA, 10, 14_525, 145_250);
            quote(productId, skuB, 60, 12_900, 774_000);
            probe.assertExactly(r -> productId.equals(r.key()), 8);

            // Two tiers for the same quantity, a discount of 95 %, a tier of one unit: refused.
            Map<String, Object> twice = Map.of(
                    "tiers",
                    List.of(
                            Map.of("minQuantity", 10, "discountRate", "0.10"),
                            Map.of("minQuantity", 10, "discountRate", "0.20")));
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(twice)
                    .put("/api/pricing/products/" + productId + "/tiers")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json");
            for (Map<String, Object> bad : List.<Map<String, Object>>of(
                    Map.of("minQuantity", 10, "discountRate", "0.95"),
                    Map.of("minQuantity", 1, "discountRate", "0.1"))) {
                given().header(AUTH, Tokens.admin())
                        .contentType(ContentType.JSON)
                        .body(Map.of("tiers", List.of(bad)))
                        .put("/api/pricing/products/" + productId + "/tiers")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json");
            }
            quote(productId, skuA, 10, 14_525, 145_250);
            given().queryParam("productId", productId)
                    .queryParam("sku", "NOPE")
                    .queryParam("quantity", 1)
                    .get("/api/pricing/quote")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().queryParam("productId", productId)
                    .queryParam("sku", skuA)
                    .queryParam("quantity", 0)
                    .get("/api/pricing/quote")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            given().header(AUTH, Tokens.customer("eve"))
                    .contentType(ContentType.JSON)
                    .body(tiers)
                    .put("/api/pricing/products/" + productId + "/tiers")
                    .then()
                    .statusCode(403);
        }
    }

    /** A product of 120.00 CNY base cost in {@code category} with these variants. */
    @SafeVarargs
    private static Map<String, Object> productBody(String category, Map<String, Object>... variants) {
        return Map.of(
                "name",
                "Product of " + category,
                "categoryId",
                category,
                "baseCost",
                Map.of("amount", 12_000, "currency", "CNY"),
                "variants",
                List.of(variants));
    }

    @SafeVarargs
    private static String createProduct(String category, Map<String, Object>... variants) {
        Api.category(category);
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(productBody(category, variants))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void quote(String productId, String sku, int quantity, long unit, long total) {
        given().queryParam("productId", productId)
                .queryParam("sku", sku)
                .queryParam("quantity", quantity)
                .get("/api/pricing/quote")
                .then()
                .statusCode(200)
                .body("unitPrice.amount", equalTo((int) unit))
                .body("total.amount", equalTo((int) total))
                .body("total.currency", equalTo("XOF"));
    }

    @Test
    void adminsSeeSettingsMarginsAndStatistics() {
        String category = Api.unique("stat");
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("marginRate", "0.25"))
                .put("/api/pricing/margins/" + category)
                .then()
                .statusCode(200);
        given().header(AUTH, Tokens.admin())
                .get("/api/pricing/settings")
                .then()
                .statusCode(200)
                .body("exchangeRate", equalTo(85.50f))
                .body("roundingMode", equalTo("UP"));
        given().header(AUTH, Tokens.admin())
                .get("/api/pricing/margins")
                .then()
                .statusCode(200)
                .body("categoryId", hasItem(category));
        given().header(AUTH, Tokens.admin())
                .get("/api/pricing/stats")
                .then()
                .statusCode(200)
                .body("settings.roundingStep", equalTo(25));
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        Map<String, Object> negativeMargin = new HashMap<>(settings("85.50"));
        negativeMargin.put("defaultMarginRate", "-0.10");
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(negativeMargin)
                .put("/api/pricing/settings")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("defaultMarginRate"));
        Map<String, Object> unnecessary = new HashMap<>(settings("85.50"));
        unnecessary.put("roundingMode", "UNNECESSARY");
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(unnecessary)
                .put("/api/pricing/settings")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        given().header(AUTH, Tokens.admin())
                .get("/api/pricing/settings")
                .then()
                .statusCode(200)
                .body("defaultMarginRate", equalTo(0.30f))
                .body("roundingMode", equalTo("UP"));
    }

    @Test
    void onlyAdminsChangePricingAndUnknownProductsHaveNoPrice() {
        given().contentType(ContentType.JSON)
                .body(settings("1"))
                .put("/api/pricing/settings")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header(AUTH, Tokens.customer("eve"))
                .contentType(ContentType.JSON)
                .body(Map.of("marginRate", "0"))
                .put("/api/pricing/margins/audio")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/pricing/products/" + Api.unique("none"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static void awaitPrices(String productId, long amount) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/pricing/products/" + productId)
                .then()
                .statusCode(200)
                .body("prices.size()", equalTo(2))
                .body("prices.price.amount", everyItem(equalTo((int) amount)))
                .body("prices.price.currency", everyItem(equalTo("XOF"))));
    }
}
