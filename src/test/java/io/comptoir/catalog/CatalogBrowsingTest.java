package io.comptoir.catalog;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browsing the catalogue: filters, products tied to known categories, view tracking, statistics. */
@QuarkusTest
class CatalogBrowsingTest {

    private static String create(String name, String category, String sku) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "categoryId",
                        category,
                        "baseCost",
                        Map.of("amount", 5_000, "currency", "CNY"),
                        "variants",
                        List.of(Map.of("sku", sku, "price", Map.of("amount", 9_900, "currency", "XOF")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void listingsFilterByWordsSkuAndCategory() {
        String category = Api.category(Api.unique("son"));
        String headphonesSku = Api.unique("HP");
        String headphones = create("Casque Bluetooth Noir", category, headphonesSku);
        String speaker = create("Enceinte portable (étanche)", category, Api.unique("SPK"));

        given().queryParams(Map.of("categoryId", category, "q", "casque"))
                .get("/api/products")
                .then()
                .statusCode(200)
                .body("items.id", contains(headphones));
        // Taken literally, not as a pattern.
        given().queryParams(Map.of("categoryId", category, "q", "(étanche)"))
                .get("/api/products")
                .then()
                .body("items.id", contains(speaker));
        given().queryParams(Map.of("categoryId", category, "q", ".*"))
                .get("/api/products")
                .then()
                .body("total", equalTo(0));
        given().queryParam("sku", headphonesSku).get("/api/products").then().body("items.id", contains(headphones));
        given().queryParam("categoryId", category)
                .get("/api/products")
                .then()
                .body("items.id", contains(speaker, headphones));
        given().queryParam("sku", "bad sku!").get("/api/products").then().statusCode(400);

        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("categoryId", Api.unique("nowhere")))
                .patch("/api/products/" + speaker)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("categoryId"));
    }

    @Test
    void aTrackedViewIsTheCataloguesEvent() throws IOException {
        String sku = Api.unique("VIEW");
        String productId = Api.createProduct(sku, 3_000);
        String session = Api.unique("session");
        try (KafkaProbe probe = KafkaProbe.of("catalog.product.viewed")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("productId", productId, "sessionId", session))
                    .post("/api/suggestions/track")
                    .then()
                    .statusCode(202);
            JsonNode viewed =
                    new ObjectMapper().readTree(KafkaProbe.value(probe.awaitOne(r -> productId.equals(r.key()))));
            assertThat(viewed.path("sessionId").asText()).isEqualTo(session);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("productId", "0123456789abcdef01234567", "sessionId", session))
                .post("/api/suggestions/track")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("productId", productId, "sessionId", "no spaces allowed"))
                .post("/api/suggestions/track")
                .then()
                .statusCode(400);
    }

    @Test
    void enginesAnswerTheirStatistics() {
        Api.createProduct(Api.unique("STAT"), 1_000);
        given().header(AUTH, Tokens.admin())
                .get("/api/products/stats")
                .then()
                .statusCode(200)
                .body("products.ACTIVE", greaterThanOrEqualTo(1))
                .body("categories", greaterThanOrEqualTo(1));
        given().header(AUTH, Tokens.admin())
                .get("/api/orders/stats")
                .then()
                .statusCode(200)
                .body("orders.size()", equalTo(6));
        given().header(AUTH, Tokens.admin())
                .get("/api/loyalty/stats")
                .then()
                .statusCode(200)
                .body("tiers.size()", equalTo(5));
        for (String path : List.of("/api/products/stats", "/api/orders/stats", "/api/loyalty/stats")) {
            given().header(AUTH, Tokens.customer("curious")).get(path).then().statusCode(403);
        }
    }
}
