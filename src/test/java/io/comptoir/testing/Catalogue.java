package io.comptoir.testing;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a small realistic catalogue through the catalogue and inventory APIs, as an admin would. */
public final class Catalogue {

    private Catalogue() {}

    /** A product with one XOF-priced variant, in a status, stocked with {@code onHand} units (none: never stocked); returns its id. */
    public static String product(
            String name,
            String categoryId,
            String sku,
            long priceXof,
            Map<String, String> attributes,
            String status,
            Long onHand) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("categoryId", categoryId);
        body.put("status", status);
        body.put("baseCost", Map.of("amount", 10_000, "currency", "CNY"));
        body.put(
                "variants",
                List.of(Map.of(
                        "sku", sku, "price", Map.of("amount", priceXof, "currency", "XOF"), "attributes", attributes)));
        String id = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (onHand != null) {
            Api.stock(sku, id, onHand);
        }
        return id;
    }

    /** An active product stocked with 100 units. */
    public static String product(String name, String categoryId, String sku, long priceXof) {
        return product(name, categoryId, sku, priceXof, Map.of(), "ACTIVE", 100L);
    }

    /** Views a product in a session, as a storefront's product page does. */
    public static void view(String productId, String sessionId) {
        given().queryParam("sessionId", sessionId)
                .get("/api/products/" + productId)
                .then()
                .statusCode(200);
    }

    public static void delete(String productId) {
        given().header(AUTH, Tokens.admin())
                .delete("/api/products/" + productId)
                .then()
                .statusCode(204);
    }
}
