package io.comptoir.flow;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.comptoir.testing.Api;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every endpoint is a clear problem+json 4xx naming the offending field, never a 500,
 * and changes nothing; callers without the right role or identity are refused.
 */
@QuarkusTest
class BadInputTest {

    static final String PROBLEM = "application/problem+json";

    static Stream<Arguments> badProducts() {
        String variant = "{\"sku\":\"S1\",\"price\":{\"amount\":100,\"currency\":\"XOF\"}}";
        String cost = "{\"amount\":100,\"currency\":\"CNY\"}";
        return Stream.of(
                Arguments.of("{\"name\":", "", "malformed JSON"),
                Arguments.of("[1,2]", "", ""),
                Arguments.of("{\"baseCost\":" + cost + ",\"variants\":[" + variant + "]}", "name", "must not be blank"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":" + cost + ",\"variants\":[]}", "variants", "must not be empty"),
                Arguments.of(
                        "{\"name\":\"x\",\"categoryId\":\"no-such-category\",\"baseCost\":" + cost + ",\"variants\":["
                                + variant + "]}",
                        "categoryId",
                        "no category no-such-category"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":{\"amount\":100,\"currency\":\"XOF\"},\"variants\":[" + variant
                                + "]}",
                        "baseCost",
                        "in CNY"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":{\"amount\":-1,\"currency\":\"CNY\"},\"variants\":[" + variant
                                + "]}",
                        "baseCost",
                        "at least 0"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":{\"amount\":\"lots\",\"currency\":\"CNY\"},\"variants\":["
                                + variant + "]}",
                        "baseCost.amount",
                        "must be a long"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":{\"amount\":1,\"currency\":\"ZZZ\"},\"variants\":[" + variant
                                + "]}",
                        "baseCost",
                        "unknown ISO 4217 currency"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":{\"currency\":\"CNY\"},\"variants\":[" + variant + "]}",
                        "baseCost.amount",
                        "amount"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":" + cost + ",\"status\":\"GONE\",\"variants\":[" + variant + "]}",
                        "status",
                        "must be one of"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":" + cost
                                + ",\"variants\":[{\"sku\":\"bad sku!\",\"price\":{\"amount\":0,\"currency\":\"XOF\"}}]}",
                        "variants[0].price",
                        "at least 1"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":" + cost + ",\"sourceUrl\":\"ftp://x\",\"variants\":[" + variant
                                + "]}",
                        "sourceUrl",
                        "http(s) URL"),
                Arguments.of(
                        "{\"name\":\"x\",\"baseCost\":" + cost + ",\"variants\":[" + variant + "," + variant + "]}",
                        "variants",
                        "unique"));
    }

    @ParameterizedTest
    @MethodSource("badProducts")
    void badProductIsRefusedAndCreatesNothing(String body, String field, String message) {
        int before = productCount();
        ValidatableResponse response = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/products")
                .then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)))
                .contentType(PROBLEM)
                .body("status", notNullValue());
        if (!field.isEmpty()) {
            response.body("errors.field", hasItem(field)).body("errors.message", hasItem(containsString(message)));
        } else if (!message.isEmpty()) {
            response.body("detail", containsString(message));
        }
        org.assertj.core.api.Assertions.assertThat(productCount()).isEqualTo(before);
    }

    static Stream<Arguments> badOrders() {
        return Stream.of(
                Arguments.of("{\"items\":[],\"paymentMethod\":\"CARD\"}", "items", 400),
                Arguments.of(
                        "{\"items\":[{\"productId\":\"p\",\"sku\":\"s\",\"quantity\":0}],\"paymentMethod\":\"CARD\"}",
                        "items[0].quantity",
                        400),
                Arguments.of(
                        "{\"items\":[{\"productId\":\"p\",\"sku\":\"s\",\"quantity\":1}],\"paymentMethod\":\"BITCOIN\"}",
                        "paymentMethod",
                        400),
                Arguments.of("{\"items\":[{\"productId\":\"p\",\"sku\":\"s\",\"quantity\":1}]}", "paymentMethod", 400),
                Arguments.of(
                        "{\"items\":[{\"productId\":\"p\",\"sku\":\"s\",\"quantity\":1.5}],\"paymentMethod\":\"CARD\"}",
                        "items[0].quantity",
                        400),
                Arguments.of(
                        "{\"items\":[{\"productId\":\"no-such-product\",\"sku\":\"s\",\"quantity\":1}],\"paymentMethod\":\"CARD\"}",
                        "items[0].productId",
                        422));
    }

    @ParameterizedTest
    @MethodSource("badOrders")
    void badOrderIsRefusedAndPlacesNothing(String body, String field, int status) {
        String customer = Api.unique("bad");
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/orders")
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(field));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void unknownSkuOfAKnownProductIsUnprocessable() {
        String sku = Api.unique("SKU");
        String productId = Api.createProduct(sku, 1_000);
        Api.placeOrderWhenOrderable(Api.unique("warm"), productId, sku, 1);
        Api.placeOrder(Api.unique("c"), productId, "NOPE", 1)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("items[0].sku"))
                .body("errors[0].message", containsString("has no sku NOPE"));
    }

    @Test
    void badStatusChangesAreRefused() {
        String sku = Api.unique("ST");
        String orderId = Api.placeOrderWhenOrderable(Api.unique("c"), Api.createProduct(sku, 1_000), sku, 1);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("status", "LOST"))
                .patch("/api/orders/" + orderId + "/status")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{}")
                .patch("/api/orders/" + orderId + "/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Api.changeStatus("no-such-order", "CONFIRMED").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void blankPatchIsRefusedAndChangesNothing() {
        String sku = Api.unique("BLK");
        String productId = Api.createProduct(sku, 1_000);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "   "))
                .patch("/api/products/" + productId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));
        given().get("/api/products/" + productId).then().statusCode(200).body("name", equalTo("Product " + sku));
    }

    @Test
    void unknownIdsAndRoutesAreNotFound() {
        for (String path : List.of(
                "/api/products/not-an-object-id", "/api/products/0123456789abcdef01234567", "/api/nothing-here")) {
            given().get(path).then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        }
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .patch("/api/products/missing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void badQueryParametersAreRefused() {
        given().queryParam("size", 1000)
                .get("/api/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", containsString("size"));
        given().queryParam("page", -1)
                .get("/api/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().queryParam("status", "WHATEVER")
                .get("/api/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of [DRAFT, ACTIVE, INACTIVE, DELETED]"));
        given().header("X-Session-Id", "spaces are not allowed")
                .get("/api/products/x")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void oversizedBodyIsRefused() {
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(huge)
                .post("/api/products")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void wrongMediaTypeIsRefused() {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/products")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void callersWithoutTheRightIdentityAreRefused() {
        String body = "{\"name\":\"x\"}";
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/products")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().header(AUTH, "Bearer not-a-token")
                .get("/api/loyalty/x")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        given().header(AUTH, Tokens.customer("eve"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/products")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().header(AUTH, Tokens.technician("tom"))
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/orders")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().header(AUTH, Tokens.customer("eve"))
                .get("/api/loyalty/alice")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().header(AUTH, Tokens.customer("eve"))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CONFIRMED"))
                .patch("/api/orders/x/status")
                .then()
                .statusCode(403);
        given().get("/api/orders").then().statusCode(401);

        String sku = Api.unique("PRIV");
        String owner = Api.unique("owner");
        String orderId = Api.placeOrderWhenOrderable(owner, Api.createProduct(sku, 1_000), sku, 1);
        given().header(AUTH, Tokens.customer("eve"))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().header(AUTH, Tokens.customer(owner))
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200);
        given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then()
                .statusCode(200);
        given().header(AUTH, Tokens.customer("eve"))
                .queryParam("customerId", owner)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().header(AUTH, Tokens.admin())
                .queryParam("customerId", owner)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    private static int productCount() {
        return given().queryParam("size", 1)
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
