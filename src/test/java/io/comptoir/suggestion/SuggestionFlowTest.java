package io.comptoir.suggestion;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.Catalogue;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Metrics;
import io.comptoir.testing.Quiet;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The suggestion engine through the real broker, on a small shop: phones, headphones and cases, one
 * visitor who looked at a few of them, a customer who bought a phone with a case, and a session
 * that views five products (seed 000's check); then a new session (the popular fallback), bad
 * input, and redeliveries that count nothing twice.
 */
@QuarkusTest
class SuggestionFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void aStockCountTheViewDoesNotShowWritesNothing() {
        String productId = Api.unique("stock-view");
        String sku = Api.unique("SV");
        // In stock (the view is made), still in stock with one unit less, then out of stock.
        long[] available = {5, 4, 0};
        long[] versions = new long[available.length];
        for (int i = 0; i < available.length; i++) {
            // A snapshot's handler goes past the inbox: the handled count says when it is done.
            double handled = Metrics.eventsIn("suggestion", Topic.INVENTORY_STOCK_UPDATED.id(), "handled");
            ForeignEvents.publish(
                    Topic.INVENTORY_STOCK_UPDATED,
                    sku,
                    """
                    {"sku":"%s","productId":"%s","onHand":%d,"reserved":0,"available":%d}"""
                            .formatted(sku, productId, available[i], available[i]));
            await().atMost(WAIT)
                    .until(() ->
                            Metrics.eventsIn("suggestion", Topic.INVENTORY_STOCK_UPDATED.id(), "handled") > handled);
            versions[i] = count("suggestion_products", productId, "version");
        }
        // Only the sku coming into and out of stock changed the view: two writes, not three.
        assertThat(versions).containsExactly(1, 1, 2);
    }

    @Test
    void fiveViewedProductsYieldSensibleSuggestionsAndANewSessionGetsPopularOnes() {
        String u = Api.unique("s").substring(2);
        String phones = Api.category("phones-" + u);
        String audio = Api.category("audio-" + u);
        String cases = Api.category("cases-" + u);
        String p1 = Catalogue.product("Téléphone Tecno Spark", phones, "P1-" + u, 100_000);
        String p2 = Catalogue.product("Téléphone Itel A70", phones, "P2-" + u, 120_000);
        String p3 = Catalogue.product("Téléphone Samsung A15", phones, "P3-" + u, 150_000);
        String p4 = Catalogue.product("Téléphone retiré", phones, "P4-" + u, 130_000, Map.of(), "INACTIVE", 100L);
        String p5 = Catalogue.product("Téléphone supprimé", phones, "P5-" + u, 140_000);
        String p6 = Catalogue.product("Téléphone épuisé", phones, "P6-" + u, 110_000, Map.of(), "ACTIVE", 0L);
        String a1 = Catalogue.product("Casque Oraimo", audio, "A1-" + u, 25_000);
        String a2 = Catalogue.product("Écouteurs JBL", audio, "A2-" + u, 15_000);
        String a3 = Catalogue.product("Casque Sony", audio, "A3-" + u, 35_000);
        String c1 = Catalogue.product("Coque silicone", cases, "C1-" + u, 5_000);
        String c2 = Catalogue.product("Coque cuir", cases, "C2-" + u, 7_000);

        // Another visitor looked at phones and a headset, including two that cannot be sold.
        String other = "visitor-" + u;
        for (String product : List.of(p1, p3, a3, p6, p4, p5)) {
            Catalogue.view(product, other);
        }
        Catalogue.delete(p5);
        // A customer bought the first phone with a leather case, twice.
        String customer = Api.unique("kone");
        List<Map<String, Object>> basket = List.of(Api.item(p1, "P1-" + u, 1), Api.item(c2, "C2-" + u, 1));
        String orderId = Api.placeOrderWhenOrderable(customer, basket);
        Api.placeOrderWhenOrderable(customer, basket);

        // Seed 000: a session views five products and ends on the first phone.
        String session = "session-" + u;
        for (String product : List.of(p2, a1, a2, c1, p1)) {
            Catalogue.view(product, session);
        }

        await().atMost(WAIT).untilAsserted(() -> suggestions(Map.of("sessionId", session, "productId", p1, "limit", 3))
                .body("fallback", equalTo(false))
                // Same categories as what was viewed, the most co-viewed first; never what was seen already.
                .body("similar.productId", equalTo(List.of(p3, a3, c2)))
                .body("similar.reason", equalTo(List.of("CO_VIEWED", "CO_VIEWED", "SAME_CATEGORY")))
                // Other categories than the phone's: bought with it first, then viewed with it.
                .body("crossSell.productId", equalTo(List.of(c2, a3)))
                .body("crossSell.reason", equalTo(List.of("CO_PURCHASED", "CO_VIEWED")))
                // Dearer phones that can be bought: not the inactive, deleted or out-of-stock ones.
                .body("upsell.productId", equalTo(List.of(p3)))
                .body("upsell[0].price.amount", equalTo(150_000))
                .body("upsell[0].name", equalTo("Téléphone Samsung A15")));

        // A new session knows nothing: popular products, the phone bought twice among them.
        ValidatableResponse fresh = suggestions(Map.of("sessionId", "new-" + u, "limit", 20))
                .body("fallback", equalTo(true))
                .body("similar.productId", hasItem(p1))
                .body("crossSell", equalTo(List.of()))
                .body("upsell", equalTo(List.of()));
        List<String> popular = fresh.extract().path("similar.productId");
        List<String> reasons = fresh.extract().path("similar.reason");
        assertThat(popular).doesNotContain(p4, p5, p6);
        assertThat(reasons).containsOnly("POPULAR");

        // Counted once each: a view redelivered under its own id (also past the inbox), an order republished under a
        // new one.
        await().atMost(WAIT).until(() -> count("suggestion_counters", p1, "orders") == 2);
        assertThat(count("suggestion_counters", p1, "views")).isEqualTo(2);
        try (KafkaProbe probe = KafkaProbe.of(Topic.CATALOG_PRODUCT_VIEWED.id(), Topic.ORDER_ORDER_PLACED.id())) {
            ConsumerRecord<String, byte[]> view = probe.awaitOne(
                    r -> p1.equals(r.key()) && KafkaProbe.value(r).contains(session));
            KafkaProbe.send(view.topic(), view.key(), view.headers(), view.value());
            // Again, as if the process had died after counting it and before its inbox remembered it.
            await().atMost(WAIT).until(() -> handled(KafkaProbe.header(view, "ce_id")));
            mongo.getDatabase(database)
                    .getCollection("inbox")
                    .deleteOne(Filters.eq("_id", "comptoir-suggestion:" + KafkaProbe.header(view, "ce_id")));
            KafkaProbe.send(view.topic(), view.key(), view.headers(), view.value());
            ConsumerRecord<String, byte[]> placed = probe.awaitOne(r -> orderId.equals(r.key()));
            String republished = ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, orderId, KafkaProbe.value(placed));
            await().atMost(WAIT).until(() -> handled(republished));
            // A fresh view after the redelivered one (same key, same partition) shows it has been handled.
            Catalogue.view(p1, "late-" + u);
            Quiet.settle();
            assertThat(count("suggestion_counters", p1, "views")).isEqualTo(3);
        }
        assertThat(count("suggestion_counters", p1, "orders")).isEqualTo(2);
        assertThat(count("suggestion_pairs", p1 + " " + c2, "coPurchases")).isEqualTo(2);
        assertThat(count("suggestion_pairs", p1 + " " + p3, "coViews")).isEqualTo(1);
        assertThat(count("suggestion_pairs", p3 + " " + p1, "coViews")).isEqualTo(1);
        assertThat(count("suggestion_pairs", p2 + " " + p1, "coViews")).isEqualTo(1);
    }

    @Test
    void statisticsAreForAdmins() {
        String u = Api.unique("t").substring(2);
        String product = Catalogue.product("Lampe solaire", Api.category("energy-" + u), "L-" + u, 12_000);
        Catalogue.view(product, "stats-" + u);
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/suggestions/stats")
                .then()
                .statusCode(200)
                .body("sessionsTracked", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("productsTracked", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("totalViews", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("suggestableProducts", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        given().header(AUTH, Tokens.customer("curious"))
                .get("/api/suggestions/stats")
                .then()
                .statusCode(403);
    }

    @Test
    void badInputIsAProblem() {
        given().queryParam("sessionId", "not a session!")
                .get("/api/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sessionId"));
        given().queryParam("limit", 0)
                .get("/api/suggestions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    private static ValidatableResponse suggestions(Map<String, Object> query) {
        return given().queryParams(query).get("/api/suggestions").then().statusCode(200);
    }

    private long count(String collection, String id, String field) {
        Document doc = mongo.getDatabase(database)
                .getCollection(collection)
                .find(Filters.eq("_id", id))
                .first();
        return doc == null || doc.get(field) == null ? 0 : ((Number) doc.get(field)).longValue();
    }

    private boolean handled(String eventId) {
        return mongo.getDatabase(database)
                        .getCollection("inbox")
                        .find(Filters.eq("_id", "comptoir-suggestion:" + eventId))
                        .first()
                != null;
    }
}
