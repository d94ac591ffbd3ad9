package io.comptoir.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The REST calls the flow tests share, made as a client would make them. */
public final class Api {

    public static final String AUTH = "Authorization";

    private Api() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates (or renames) a top-level category of the catalogue; returns its id. */
    public static String category(String id) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", id))
                .put("/api/categories/" + id)
                .then()
                .statusCode(200);
        return id;
    }

    /** Creates an active product of category audio with one XOF-priced variant, stocked with 1,000 units; returns its id. */
    public static String createProduct(String sku, long priceXof) {
        category("audio");
        String productId = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Product " + sku,
                        "categoryId",
                        "audio",
                        "baseCost",
                        Map.of("amount", 12000, "currency", "CNY"),
                        "variants",
                        List.of(Map.of(
                                "sku",
                                sku,
                                "price",
                                Map.of("amount", priceXof, "currency", "XOF"),
                                "attributes",
                                Map.of("color", "black")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        stock(sku, productId, 1_000);
        return productId;
    }

    /** Sets a sku's stock (a stock count by an admin). */
    public static void stock(String sku, String productId, long onHand) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("productId", productId, "onHand", onHand))
                .put("/api/inventory/" + sku)
                .then()
                .statusCode(200);
    }

    /** One order line, as the order endpoint takes it. */
    public static Map<String, Object> item(String productId, String sku, int quantity) {
        return Map.of("productId", productId, "sku", sku, "quantity", quantity);
    }

    public static Response placeOrder(String customerId, String productId, String sku, int quantity) {
        return placeOrder(customerId, List.of(item(productId, sku, quantity)));
    }

    public static Response placeOrder(String customerId, List<Map<String, Object>> items) {
        return placeOrder(customerId, items, "CASH_ON_DELIVERY");
    }

    public static Response placeOrder(String customerId, List<Map<String, Object>> items, String paymentMethod) {
        return given().header(AUTH, Tokens.customer(customerId))
                .contentType(ContentType.JSON)
                .body(Map.of("items", items, "paymentMethod", paymentMethod))
                .post("/api/orders");
    }

    /**
     * Places an order as soon as the order engine has learnt the product from the catalog's events
     * (until then it answers 422 and changes nothing); returns the order id.
     */
    public static String placeOrderWhenOrderable(String customerId, String productId, String sku, int quantity) {
        return placeOrderWhenOrderable(customerId, List.of(item(productId, sku, quantity)));
    }

    public static String placeOrderWhenOrderable(String customerId, List<Map<String, Object>> items) {
        return placeOrderWhenOrderable(customerId, items, "CASH_ON_DELIVERY");
    }

    public static String placeOrderWhenOrderable(
            String customerId, List<Map<String, Object>> items, String paymentMethod) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Response response = placeOrder(customerId, items, paymentMethod);
                    if (response.statusCode() == 201) {
                        id[0] = response.path("id");
                        return true;
                    }
                    return false;
                });
        return id[0];
    }

    /** Adds units of a sku to the customer's cart. */
    public static ValidatableResponse addToCart(String customer, String productId, String sku, int quantity) {
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(item(productId, sku, quantity))
                .post("/api/cart/add")
                .then();
    }

    /** Adds once the order engine knows the product (422 until its catalog event has arrived). */
    public static void addToCartWhenOrderable(String customer, String productId, String sku, int quantity) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        addToCart(customer, productId, sku, quantity).extract().statusCode() == 200);
    }

    public static ValidatableResponse cart(String customer) {
        return given().header(AUTH, Tokens.customer(customer)).get("/api/cart").then();
    }

    public static Response changeStatus(String orderId, String status) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .patch("/api/orders/" + orderId + "/status");
    }

    /** {@code [points, pendingPoints]} of a customer's loyalty account. */
    public static List<Long> loyalty(String customerId) {
        Response response = given().header(AUTH, Tokens.customer(customerId)).get("/api/loyalty/" + customerId);
        response.then().statusCode(200);
        return List.of(
                ((Number) response.path("points")).longValue(), ((Number) response.path("pendingPoints")).longValue());
    }

    public static void awaitLoyalty(String customerId, long points, long pending) {
        await().atMost(Duration.ofSeconds(30)).until(() -> loyalty(customerId).equals(List.of(points, pending)));
    }
}
