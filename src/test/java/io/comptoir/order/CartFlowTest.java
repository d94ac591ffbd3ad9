package io.comptoir.order;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A customer's cart: add, change, remove, view with today's prices, each change announced; checkout places it. */
@QuarkusTest
class CartFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ValidatableResponse checkout(String customer) {
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethod", "MOBILE_MONEY"))
                .post("/api/cart/checkout")
                .then();
    }

    @Test
    void aCartIsFilledChangedAnnouncedAndCheckedOut() throws IOException {
        String customer = Api.unique("cart");
        String lamp = Api.unique("LMP");
        String lampId = Api.createProduct(lamp, 7_500);
        String bulb = Api.unique("BLB");
        String bulbId = Api.createProduct(bulb, 1_250);

        try (KafkaProbe probe = KafkaProbe.of("order.cart.updated", "order.order.placed")) {
            Api.addToCartWhenOrderable(customer, lampId, lamp, 1);
            Api.addToCartWhenOrderable(customer, bulbId, bulb, 2);
            Api.addToCart(customer, lampId, lamp, 1).statusCode(200).body("items[0].quantity", equalTo(2));
            given().header(AUTH, Tokens.customer(customer))
                    .contentType(ContentType.JSON)
                    .body(Map.of("quantity", 4))
                    .put("/api/cart/items/" + bulb)
                    .then()
                    .statusCode(200);

            // 2 × 7,500 + 4 × 1,250 = 20,000 XOF.
            Api.cart(customer)
                    .statusCode(200)
                    .body("items.sku", equalTo(List.of(lamp, bulb)))
                    .body("items.quantity", equalTo(List.of(2, 4)))
                    .body("items[1].lineTotal.amount", equalTo(5_000))
                    .body("items.orderable", equalTo(List.of(true, true)))
                    .body("subtotal.amount", equalTo(20_000))
                    .body("total.amount", equalTo(20_000))
                    .body("discounts", empty());

            ConsumerRecord<String, byte[]> last = probe.await(
                            r -> r.topic().equals("order.cart.updated") && customer.equals(r.key()),
                            4,
                            Duration.ofSeconds(30))
                    .getLast();
            JsonNode cart = JSON.readTree(KafkaProbe.value(last));
            assertThat(cart.path("total").path("amount").asLong()).isEqualTo(20_000);
            assertThat(cart.path("lines").get(1).path("quantity").asInt()).isEqualTo(4);
            assertThat(cart.path("lines")
                            .get(1)
                            .path("unitPrice")
                            .path("amount")
                            .asLong())
                    .isEqualTo(1_250);

            given().header(AUTH, Tokens.customer(customer))
                    .delete("/api/cart/items/" + lamp)
                    .then()
                    .statusCode(200)
                    .body("items.sku", equalTo(List.of(bulb)))
                    .body("total.amount", equalTo(5_000));

            String orderId = checkout(customer)
                    .statusCode(201)
                    .header("Location", startsWith("http"))
                    .body("status", equalTo("PLACED"))
                    .body("paymentMethod", equalTo("MOBILE_MONEY"))
                    .body("items[0].sku", equalTo(bulb))
                    .body("items[0].quantity", equalTo(4))
                    .body("total.amount", equalTo(5_000))
                    .extract()
                    .path("id");
            Api.cart(customer).statusCode(200).body("items", empty()).body("total", nullValue());

            ConsumerRecord<String, byte[]> placed =
                    probe.awaitOne(r -> r.topic().equals("order.order.placed") && orderId.equals(r.key()));
            assertThat(JSON.readTree(KafkaProbe.value(placed))
                            .path("total")
                            .path("amount")
                            .asLong())
                    .isEqualTo(5_000);
            // The emptied cart is announced too: add, add, add, update, remove, checkout.
            probe.await(
                    r -> r.topic().equals("order.cart.updated") && customer.equals(r.key()), 6, Duration.ofSeconds(30));
        }
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/orders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void whatCannotBeOrderedIsRefusedOrShownAsSuch() {
        String customer = Api.unique("cart");
        String sku = Api.unique("CUP");
        String productId = Api.createProduct(sku, 2_000);

        checkout(customer).statusCode(422).body("errors[0].field", equalTo("items"));
        Api.addToCart(customer, "0123456789abcdef01234567", sku, 1)
                .statusCode(422)
                .body("errors[0].field", equalTo("productId"));
        Api.addToCart(customer, productId, "bad sku!", 1).statusCode(400);
        Api.addToCart(customer, productId, sku, 0).statusCode(400);
        Api.addToCart(customer, productId, sku, 1001).statusCode(400);

        Api.addToCartWhenOrderable(customer, productId, sku, 1000);
        Api.addToCart(customer, productId, sku, 1).statusCode(422).body("errors[0].field", equalTo("quantity"));
        given().header(AUTH, Tokens.customer(customer))
                .delete("/api/cart/items/" + Api.unique("NOPE"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        // Deleted from the catalogue after it was added: shown as not orderable, and checkout says so.
        given().header(AUTH, Tokens.admin())
                .delete("/api/products/" + productId)
                .then()
                .statusCode(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.cart(customer)
                .statusCode(200)
                .body("items[0].orderable", equalTo(false))
                .body("items[0].problem", equalTo("no orderable product " + productId))
                .body("total", nullValue()));
        checkout(customer).statusCode(422).body("errors[0].field", equalTo("items[0].productId"));

        given().header(AUTH, Tokens.admin()).get("/api/cart").then().statusCode(403);
        given().get("/api/cart").then().statusCode(401);
    }
}
