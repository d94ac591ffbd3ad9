package io.comptoir.flow;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.comptoir.testing.Api;
import io.comptoir.testing.Catalogue;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's test plan end to end, through the real APIs and the real broker: create a product
 * (priced by the pricing engine, stocked), place an order, deliver it, see the loyalty points
 * credited, then view five products in a session and get suggestions.
 */
@QuarkusTest
class SeedZeroScenarioTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void createAProductPlaceAnOrderEarnPointsViewFiveProductsGetSuggestions() {
        String u = Api.unique("z").substring(2);
        String kitchen = Api.category("cuisine-" + u);
        String home = Api.category("maison-" + u);

        // Create a product without a price: the pricing engine prices it, then stock it.
        String sku = "MIX-" + u;
        String mixer = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Mixeur Moulinex",
                        "categoryId",
                        kitchen,
                        "baseCost",
                        Map.of("amount", 12_000, "currency", "CNY"),
                        "variants",
                        List.of(Map.of("sku", sku, "attributes", Map.of("couleur", "blanc")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(WAIT)
                .untilAsserted(() ->
                        given().get("/api/products/" + mixer).then().body("variants[0].price.amount", notNullValue()));
        Api.stock(sku, mixer, 20);
        String blender = Catalogue.product("Blender Philips", kitchen, "BLD-" + u, 30_000);
        String kettle = Catalogue.product("Bouilloire électrique", kitchen, "BOU-" + u, 12_000);
        String foodProcessor = Catalogue.product("Robot pâtissier", kitchen, "ROB-" + u, 90_000);
        String fan = Catalogue.product("Ventilateur sur pied", home, "VEN-" + u, 20_000);
        String lamp = Catalogue.product("Lampe LED", home, "LED-" + u, 8_000);
        String airConditioner = Catalogue.product("Climatiseur", home, "CLI-" + u, 250_000);

        // Place an order (the mixer with a lamp) and deliver it: the points are credited.
        String customer = Api.unique("awa");
        String orderId =
                Api.placeOrderWhenOrderable(customer, List.of(Api.item(mixer, sku, 2), Api.item(lamp, "LED-" + u, 1)));
        int total = given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .path("total.amount");
        Api.awaitLoyalty(customer, 0, total / 1_000 + 100);
        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
        Api.awaitLoyalty(customer, total / 1_000 + 100, 0);

        // View five products in a session, ending on the mixer.
        String session = "seed0-" + u;
        for (String product : List.of(kettle, blender, fan, airConditioner, mixer)) {
            Catalogue.view(product, session);
        }

        // Suggestions: what the session has not seen, in the categories it browsed; the lamp bought
        // with the mixer as a cross-sell; the dearer food processor as an upsell.
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("sessionId", session)
                .queryParam("productId", mixer)
                .queryParam("limit", 2)
                .get("/api/suggestions")
                .then()
                .statusCode(200)
                .body("fallback", equalTo(false))
                .body("similar.productId", equalTo(List.of(foodProcessor, lamp)))
                .body("crossSell.productId", equalTo(List.of(lamp)))
                .body("crossSell[0].reason", equalTo("CO_PURCHASED"))
                .body("upsell.productId", equalTo(List.of(foodProcessor))));
    }
}
