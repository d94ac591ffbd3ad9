package io.comptoir.promotion;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Promotions reach checkout through Kafka: a category sale, a bundle and a promo code created by
 * admins price the cart and the order exactly; the promotion engine redeems the code per order and
 * keeps its limits under concurrent checkouts; a cancelled order gives its use back.
 */
@QuarkusTest
class PromotionFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ValidatableResponse admin(String path, Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static String createProduct(String sku, String category, long priceXof) {
        Api.category(category);
        String productId = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Product " + sku,
                        "categoryId",
                        category,
                        "baseCost",
                        Map.of("amount", 10_000, "currency", "CNY"),
                        "variants",
                        List.of(Map.of("sku", sku, "price", Map.of("amount", priceXof, "currency", "XOF")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.stock(sku, productId, 1_000);
        return productId;
    }

    private static Map<String, Object> code(String code, Map<String, Object> terms) {
        Map<String, Object> body = new HashMap<>(terms);
        body.put("code", code);
        body.putIfAbsent("validUntil", Instant.now().plus(Duration.ofDays(7)).toString());
        return body;
    }

    private static Response order(String customer, List<Map<String, Object>> items, String promoCode) {
        Map<String, Object> body = new HashMap<>(Map.of("items", items, "paymentMethod", "CARD"));
        body.put("promoCode", promoCode);
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders");
    }

    /** Places the order once the order engine has learnt the products and the code; returns its id. */
    private static String orderWhenKnown(String customer, List<Map<String, Object>> items, String promoCode) {
        String[] id = new String[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = order(customer, items, promoCode);
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    private static ValidatableResponse code(String code) {
        return given().header(AUTH, Tokens.admin())
                .get("/api/promotions/codes/" + code)
                .then();
    }

    @Test
    void aSaleABundleAndACodePriceTheCheckoutExactly() throws IOException {
        String audio = Api.unique("audio");
        String headphones = Api.unique("HEAD");
        String stand = Api.unique("STAND");
        String headphonesId = createProduct(headphones, audio, 14_075);
        String standId = createProduct(stand, Api.unique("desk"), 4_990);
        String promo = Api.unique("BIENVENUE").replace("-", "").toUpperCase();
        String customer = Api.unique("promo");

        String saleId = admin(
                        "/api/promotions/sales",
                        Map.of(
                                "name",
                                "Audio week",
                                "categoryId",
                                audio,
                                "percent",
                                "0.10",
                                "endsAt",
                                Instant.now().plus(Duration.ofDays(1)).toString()))
                .statusCode(201)
                .body("status", equalTo("RUNNING"))
                .extract()
                .path("id");
        String bundleId = admin(
                        "/api/promotions/bundles",
                        Map.of(
                                "name",
                                "Desk set",
                                "productIds",
                                List.of(headphonesId, standId),
                                "percent",
                                "0.15",
                                "endsAt",
                                Instant.now().plus(Duration.ofDays(1)).toString()))
                .statusCode(201)
                .extract()
                .path("id");
        admin(
                        "/api/promotions/codes",
                        code(
                                promo.toLowerCase(),
                                Map.of(
                                        "kind",
                                        "PERCENT",
                                        "percent",
                                        "0.10",
                                        "minimumOrder",
                                        Map.of("amount", 20_000, "currency", "XOF"))))
                .statusCode(201)
                .body("code", equalTo(promo));

        try (KafkaProbe probe = KafkaProbe.of("promotion.code.redeemed", "order.order.placed")) {
            // Cart: 2 headphones on sale (14,075 − 1,408 = 12,667 each) and a stand (4,990), 30,324;
            // one set for the bundle, 15 % of 17,657 = 2,649; the code 10 % of 27,675 = 2,768;
            // total 24,907 of a 33,140 subtotal.
            Api.addToCartWhenOrderable(customer, headphonesId, headphones, 2);
            await().atMost(WAIT)
                    .untilAsserted(() ->
                            Api.cart(customer).statusCode(200).body("items[0].unitPrice.amount", equalTo(12_667)));
            Api.addToCartWhenOrderable(customer, standId, stand, 1);
            await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.customer(customer))
                    .contentType(ContentType.JSON)
                    .body(Map.of("code", promo.toLowerCase()))
                    .put("/api/cart/promo-code")
                    .then()
                    .statusCode(200)
                    .body("promoCode", equalTo(promo))
                    .body("subtotal.amount", equalTo(33_140))
                    .body("discounts.kind", contains("SALE", "BUNDLE", "CODE"))
                    .body("discounts.reference", contains(saleId, bundleId, promo))
                    .body("discounts.amount.amount", contains(2_816, 2_649, 2_768))
                    .body("total.amount", equalTo(24_907)));

            String orderId = given().header(AUTH, Tokens.customer(customer))
                    .contentType(ContentType.JSON)
                    .body(Map.of("paymentMethod", "CARD"))
                    .post("/api/cart/checkout")
                    .then()
                    .statusCode(201)
                    .body("total.amount", equalTo(24_907))
                    .body("subtotal.amount", equalTo(33_140))
                    .body("promoCode", equalTo(promo))
                    .body("items[0].listPrice.amount", equalTo(14_075))
                    .body("items[0].unitPrice.amount", equalTo(12_667))
                    .body("items[0].saleId", equalTo(saleId))
                    .extract()
                    .path("id");

            JsonNode placed = JSON.readTree(KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("order.order.placed") && orderId.equals(r.key()))));
            assertThat(placed.path("promoCode").asText()).isEqualTo(promo);
            assertThat(placed.path("discounts")).hasSize(3);
            JsonNode redeemed = JSON.readTree(KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("promotion.code.redeemed") && promo.equals(r.key()))));
            assertThat(redeemed.path("redeemed").asBoolean()).isTrue();
            assertThat(redeemed.path("orderId").asText()).isEqualTo(orderId);
            assertThat(redeemed.path("discount").path("amount").asLong()).isEqualTo(2_768);
            assertThat(redeemed.path("uses").asInt()).isEqualTo(1);
        }
        code(promo).statusCode(200).body("uses", equalTo(1)).body("redemptions[0].status", equalTo("REDEEMED"));

        // Once the sale is ended, the headphones are back at their list price.
        given().header(AUTH, Tokens.admin())
                .delete("/api/promotions/offers/" + saleId)
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"));
        Api.addToCart(customer, headphonesId, headphones, 1).statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> Api.cart(customer)
                .statusCode(200)
                .body("items[0].unitPrice.amount", equalTo(14_075))
                .body("discounts", empty()));
    }

    @Test
    void aGlobalLimitHoldsUnderConcurrentOrders() throws Exception {
        String sku = Api.unique("LIM");
        String productId = createProduct(sku, Api.unique("cat"), 10_000);
        String promo = Api.unique("FLASH").replace("-", "").toUpperCase();
        admin(
                        "/api/promotions/codes",
                        code(
                                promo,
                                Map.of(
                                        "kind",
                                        "FIXED",
                                        "amount",
                                        Map.of("amount", 1_000, "currency", "XOF"),
                                        "globalLimit",
                                        3)))
                .statusCode(201);
        List<Map<String, Object>> items = List.of(Api.item(productId, sku, 1));
        String first = orderWhenKnown(Api.unique("rush"), items, promo);

        List<String> placed = new ArrayList<>(List.of(first));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Callable<Response>> buyers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                buyers.add(() -> order(Api.unique("rush"), items, promo));
            }
            for (Future<Response> response : pool.invokeAll(buyers)) {
                Response r = response.get();
                assertThat(r.statusCode()).isIn(201, 422);
                if (r.statusCode() == 201) {
                    placed.add(r.path("id"));
                }
            }
        }
        // However many got past the order engine's own count, exactly three keep the code; the
        // others are cancelled with reason PROMO_CODE_REFUSED.
        await().atMost(WAIT).untilAsserted(() -> code(promo).body("uses", equalTo(3)));
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> statuses = placed.stream()
                    .map(id -> given().header(AUTH, Tokens.admin())
                            .get("/api/orders/" + id)
                            .then()
                            .extract()
                            .<String>path("status"))
                    .toList();
            assertThat(statuses).filteredOn("PLACED"::equals).hasSize(3);
            assertThat(statuses).filteredOn("CANCELLED"::equals).hasSize(placed.size() - 3);
        });
        order(Api.unique("late"), items, promo)
                .then()
                .statusCode(422)
                .body("errors.field", contains("promoCode"))
                .body("errors.message", contains("code " + promo + " has been used up"));
    }

    @Test
    void aPerCustomerLimitCountsOnlyOrdersNotCancelled() {
        String sku = Api.unique("PER");
        String productId = createProduct(sku, Api.unique("cat"), 30_000);
        String promo = Api.unique("ONCE").replace("-", "").toUpperCase();
        String customer = Api.unique("once");
        admin("/api/promotions/codes", code(promo, Map.of("kind", "PERCENT", "percent", "0.2", "perCustomerLimit", 1)))
                .statusCode(201);
        List<Map<String, Object>> items = List.of(Api.item(productId, sku, 1));

        String orderId = orderWhenKnown(customer, items, promo);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders/" + orderId)
                .then()
                .body("total.amount", equalTo(24_000));
        order(customer, items, promo)
                .then()
                .statusCode(422)
                .body("errors[0].message", equalTo("code " + promo + " can be used 1 time(s) per customer"));
        order(Api.unique("other"), items, promo).then().statusCode(201);

        Api.changeStatus(orderId, "CANCELLED").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> code(promo)
                .body("uses", equalTo(1))
                .body("redemptions.find { it.orderId == '%s' }.status".formatted(orderId), equalTo("RELEASED")));
        order(customer, items, promo).then().statusCode(201);
    }

    @Test
    void offersStartAndEndOnTheirOwn() {
        String category = Api.unique("cat");
        try (KafkaProbe probe = KafkaProbe.of("promotion.sale.started", "promotion.sale.ended")) {
            String saleId = admin(
                            "/api/promotions/sales",
                            Map.of(
                                    "name",
                                    "Flash",
                                    "categoryId",
                                    category,
                                    "percent",
                                    "0.3",
                                    "startsAt",
                                    Instant.now().plusSeconds(1).toString(),
                                    "endsAt",
                                    Instant.now().plusSeconds(4).toString()))
                    .statusCode(201)
                    .body("status", equalTo("SCHEDULED"))
                    .extract()
                    .path("id");
            List<ConsumerRecord<String, byte[]>> announced = probe.await(r -> saleId.equals(r.key()), 2, WAIT);
            assertThat(announced)
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("promotion.sale.started", "promotion.sale.ended");
            given().get("/api/promotions/offers/" + saleId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ENDED"));
            probe.assertExactly(r -> saleId.equals(r.key()), 2);
        }
    }

    @Test
    void badTermsAndStrangersAreRefused() {
        String promo = Api.unique("BAD").replace("-", "").toUpperCase();
        admin("/api/promotions/codes", code(promo, Map.of("kind", "PERCENT")))
                .statusCode(422)
                .body("errors[0].field", equalTo("percent"));
        admin("/api/promotions/codes", code(promo, Map.of("kind", "FIXED", "percent", "0.1")))
                .statusCode(422)
                .body("errors[0].field", equalTo("amount"));
        admin(
                        "/api/promotions/codes",
                        code(promo, Map.of("kind", "PERCENT", "percent", "0.1", "validUntil", "2020-01-01T00:00:00Z")))
                .statusCode(422)
                .body("errors[0].field", equalTo("validUntil"));
        admin("/api/promotions/codes", code(promo, Map.of("kind", "PERCENT", "percent", "1.5")))
                .statusCode(400);
        admin("/api/promotions/codes", code("x", Map.of("kind", "PERCENT", "percent", "0.1")))
                .statusCode(400);
        admin("/api/promotions/codes", code(promo, Map.of("kind", "PERCENT", "percent", "0.1")))
                .statusCode(201);
        admin("/api/promotions/codes", code(promo.toLowerCase(), Map.of("kind", "PERCENT", "percent", "0.2")))
                .statusCode(409);
        admin(
                        "/api/promotions/bundles",
                        Map.of(
                                "name",
                                "Twice",
                                "productIds",
                                List.of("p1", "p1"),
                                "percent",
                                "0.1",
                                "endsAt",
                                Instant.now().plusSeconds(60).toString()))
                .statusCode(422)
                .body("errors[0].field", equalTo("productIds"));

        given().header(AUTH, Tokens.customer("mallory"))
                .contentType(ContentType.JSON)
                .body(code(Api.unique("MINE").replace("-", ""), Map.of("kind", "PERCENT", "percent", "0.9")))
                .post("/api/promotions/codes")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer("mallory"))
                .get("/api/promotions/codes/" + promo)
                .then()
                .statusCode(403);

        String customer = Api.unique("nocode");
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "NOSUCHCODE"))
                .put("/api/cart/promo-code")
                .then()
                .statusCode(422);
        given().header(AUTH, Tokens.admin())
                .get("/api/promotions/stats")
                .then()
                .statusCode(200)
                .body("codes", greaterThanOrEqualTo(1))
                .body("offers", aMapWithSize(3));
    }
}
