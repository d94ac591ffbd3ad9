package io.comptoir.search;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.Catalogue;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search engine through the real broker, on a small realistic catalogue of headphones,
 * speakers and phones: relevant results first, accents and plurals folded, filters, facets,
 * sorting, and deleted products gone.
 */
@QuarkusTest
class SearchFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void findsRelevantProductsFirstWithFiltersFacetsAndSorting() {
        String u = Api.unique("q").substring(2);
        String shop = category("boutique-" + u, "Boutique", null);
        String audio = category("audio-" + u, "Audio et son", shop);
        String phones = category("tel-" + u, "Téléphones", shop);
        String headset = Catalogue.product(
                "Casque Bluetooth Sony", audio, "CSQ-" + u, 35_000, Map.of("couleur", "noir"), "ACTIVE", 10L);
        String earbuds = Catalogue.product(
                "Écouteurs sans fil", audio, "ECO-" + u, 15_000, Map.of("couleur", "blanc"), "ACTIVE", 10L);
        String speaker = Catalogue.product(
                "Enceinte portable JBL", audio, "ENC-" + u, 45_000, Map.of("couleur", "noir"), "ACTIVE", 0L);
        String phone = Catalogue.product(
                "Téléphone Samsung avec casque offert", phones, "SAM-" + u, 150_000, Map.of(), "ACTIVE", 5L);
        String charger = Catalogue.product(
                "Chargeur rapide", phones, "CHG-" + u, 5_000, Map.of("compatible", "casque"), "ACTIVE", 5L);
        Catalogue.product("Casque retiré", audio, "OLD-" + u, 20_000, Map.of(), "INACTIVE", 5L);

        String deleted = Catalogue.product("Casque à supprimer", audio, "DEL-" + u, 9_000);
        Catalogue.delete(deleted);

        // "casque" within the shop: the headset by name first, the phone naming it next, the charger
        // by attribute last; the inactive and deleted ones never.
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", "casque", "categoryId", shop))
                .body("total", equalTo(3))
                .body("items.productId", equalTo(List.of(headset, phone, charger)))
                .body("items.score", equalTo(List.of(4, 3, 1)))
                .body("items[0].categoryName", equalTo("Audio et son"))
                .body("items[0].inStock", equalTo(true))
                // Facets of the words' matches: by category, by price range, by availability.
                .body("facets.categories.find { it.categoryId == '" + phones + "' }.count", equalTo(2))
                .body("facets.categories.find { it.categoryId == '" + audio + "' }.count", equalTo(1))
                .body("facets.prices.count", equalTo(List.of(1, 0, 1, 0, 1)))
                .body("facets.availability.inStock", equalTo(3)));

        await().atMost(WAIT).untilAsserted(() -> {
            // Accents, case and plurals folded; the category's name counts ("téléphones").
            search(Map.of("q", "ECOUTEUR", "categoryId", shop)).body("items.productId", equalTo(List.of(earbuds)));
            search(Map.of("q", "téléphones", "categoryId", shop))
                    .body("items.productId", equalTo(List.of(phone, charger)));
            // Every word must match.
            search(Map.of("q", "casque sony", "categoryId", shop)).body("items.productId", equalTo(List.of(headset)));

            // Filters and sorting: a category with its sub-categories, in stock, a price range, by price.
            search(Map.of("categoryId", audio, "sort", "price_asc"))
                    .body("items.productId", equalTo(List.of(earbuds, headset, speaker)));
            search(Map.of("categoryId", audio, "inStock", "true", "sort", "price_desc"))
                    .body("items.productId", equalTo(List.of(headset, earbuds)))
                    // The availability facet ignores its own filter.
                    .body("facets.availability.outOfStock", equalTo(1));
            search(Map.of("categoryId", shop, "minPrice", 10_000, "maxPrice", 50_000, "sort", "price_asc"))
                    .body("items.productId", equalTo(List.of(earbuds, headset, speaker)));
            search(Map.of("categoryId", shop, "sort", "newest", "size", 2, "page", 0))
                    .body("total", equalTo(5))
                    .body("items.productId", equalTo(List.of(charger, phone)));
            search(Map.of("categoryId", shop, "q", "chargeur")).body("items.productId", equalTo(List.of(charger)));
        });
    }

    @Test
    void badInputIsAProblemAndStatisticsAreForAdmins() {
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("sort", "cheapest"),
                Map.<String, Object>of("inStock", "maybe"),
                Map.<String, Object>of("minPrice", -1),
                Map.<String, Object>of("minPrice", 5_000, "maxPrice", 1_000))) {
            given().queryParams(bad).get("/api/search").then().statusCode(400).contentType("application/problem+json");
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/search/stats")
                .then()
                .statusCode(200)
                .body("products", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        given().header(AUTH, Tokens.customer("curious"))
                .get("/api/search/stats")
                .then()
                .statusCode(403);
    }

    private static String category(String id, String name, String parentId) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(parentId == null ? Map.of("name", name) : Map.of("name", name, "parentId", parentId))
                .put("/api/categories/" + id)
                .then()
                .statusCode(200);
        return id;
    }

    private static ValidatableResponse search(Map<String, Object> query) {
        return given().queryParams(query).get("/api/search").then().statusCode(200);
    }
}
