package io.comptoir.payment;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.StripeSignatures;
import io.comptoir.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the payment scenarios share: a card order to pay, the customer's payment call, Stripe's webhooks. */
final class PaymentFlows {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String RETURN_URL = "https://boutique.example/commande/retour";

    private PaymentFlows() {}

    /** A placed card order, not paid yet. */
    record CardOrder(String id, String customer, String sku, long total) {

        String paymentId(int attempt) {
            return id + "-" + attempt;
        }
    }

    /** Places a card order for {@code quantity} units at {@code priceXof}, from stock of 10. */
    static CardOrder placeCardOrder(long priceXof, int quantity) {
        String customer = Api.unique("kofi");
        String sku = Api.unique("PAY");
        String productId = Api.createProduct(sku, priceXof);
        Api.stock(sku, productId, 10);
        String orderId = Api.placeOrderWhenOrderable(customer, List.of(Api.item(productId, sku, quantity)), "CARD");
        int total = order(orderId).statusCode(200).extract().path("total.amount");
        return new CardOrder(orderId, customer, sku, total);
    }

    static ValidatableResponse pay(CardOrder order, String paymentMethodId) {
        return given().header(AUTH, Tokens.customer(order.customer()))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethodId", paymentMethodId, "returnUrl", RETURN_URL))
                .post("/api/orders/" + order.id() + "/payment")
                .then();
    }

    static ValidatableResponse order(String orderId) {
        return given().header(AUTH, Tokens.admin())
                .get("/api/orders/" + orderId)
                .then();
    }

    static ValidatableResponse payment(String paymentId) {
        return given().header(AUTH, Tokens.admin())
                .get("/api/payments/" + paymentId)
                .then();
    }

    static void awaitOrder(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> order(orderId).statusCode(200).body("status", equalTo(status)));
    }

    static void awaitPayment(String paymentId, String status) {
        await().atMost(WAIT)
                .untilAsserted(() -> payment(paymentId).statusCode(200).body("status", equalTo(status)));
    }

    /** Delivers a Stripe event to the webhook endpoint, signed as Stripe signs it. */
    static void deliver(String event) {
        given().contentType("application/json; charset=utf-8")
                .header("Stripe-Signature", StripeSignatures.header(event))
                .body(event)
                .post("/api/payments/webhooks/stripe")
                .then()
                .statusCode(200);
    }

    /** Waits until the sku holds nothing for orders any more. */
    static void awaitReleased(String sku) {
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/inventory/" + sku)
                .then()
                .statusCode(200)
                .body("reserved", equalTo(0)));
    }
}
