package io.comptoir.console;

import static io.comptoir.console.ConsoleSession.admin;
import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.Browser;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The operations page in a real headless Chromium: an operator moves an order along its lifecycle
 * (an illegal move shows the API's problem), moderates reviews, decides on a fraud hold and saves
 * the pricing settings; each decision is then read back through the API.
 */
@QuarkusTest
class ConsoleOperationsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/console")
    URL console;

    /** A product stocked with 1,000 units: {@code [productId, sku]}. */
    private static List<String> product(long priceXof) {
        String sku = Api.unique("OPS");
        return List.of(Api.createProduct(sku, priceXof), sku);
    }

    /** Places an order of the product for the customer and drives it to DELIVERED. */
    private static void deliver(String customer, List<String> product) {
        String orderId = Api.placeOrderWhenOrderable(customer, product.get(0), product.get(1), 1);
        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
    }

    /** A pending review of a delivered product, once the review engine has learnt of the delivery. */
    private static String review(String customer, String productId, String comment) {
        String[] id = new String[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().header(AUTH, Tokens.customer(customer))
                    .contentType(ContentType.JSON)
                    .body(Map.of("productId", productId, "rating", 4, "comment", comment))
                    .post("/api/reviews");
            id[0] = response.statusCode() == 201 ? response.path("id") : null;
            return id[0] != null;
        });
        return id[0];
    }

    private static void refusedPayment(String customer) {
        ForeignEvents.publish(
                Topic.PAYMENT_PAYMENT_FAILED,
                Api.unique("pay"),
                """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":1000,"currency":"XOF"},\
                "errorCode":"card_declined","errorMessage":"declined","retryable":false}"""
                        .formatted(Api.unique("pay"), Api.unique("ord"), customer));
    }

    /** Whether the admin API has something at {@code path} yet. */
    private static boolean found(String path) {
        return given().header(AUTH, Tokens.admin()).get(path).statusCode() == 200;
    }

    @Test
    void anOperatorFindsAnOrderMovesItAndSeesAnIllegalMoveRefused() {
        List<String> product = product(12_000);
        String customer = Api.unique("ops");

        try (Browser browser = Browser.open("fr")) {
            ConsoleSession.open(browser, console, "operations", "fr");
            // The page's first list is drawn before the order exists: only the search can show its
            // row, so once the row is there no earlier load is left to redraw it under the clicks.
            browser.untilText("#page-info", "Page");
            String orderId = Api.placeOrderWhenOrderable(customer, product.get(0), product.get(1), 1);
            // What the API says of a move a placed order cannot make.
            String illegal = Api.changeStatus(orderId, "SHIPPED")
                    .then()
                    .statusCode(409)
                    .extract()
                    .path("detail");

            browser.type("#customer-id", customer);
            browser.select("#order-status", "PLACED");
            browser.click("#order-search button[type=submit]");
            String order = "#orders tr[data-order='" + orderId + "']";
            assertThat(browser.text(order))
                    .contains(customer)
                    .contains("Passée")
                    .contains("12");
            assertThat(browser.attribute(order + " a.follow", "href")).endsWith("/console/events?key=" + orderId);

            // A refused move leaves the list as it was (nothing is reloaded).
            browser.select(order + " select.target", "SHIPPED");
            browser.click(order + " button.apply");
            browser.untilText("#error", illegal);
            assertThat(browser.displayed("#error")).isTrue();
            assertThat(admin("/api/orders/" + orderId).getString("status")).isEqualTo("PLACED");

            // Confirmed from the page: the search shows placed orders, so this one leaves the list.
            browser.select(order + " select.target", "CONFIRMED");
            browser.click(order + " button.apply");
            browser.untilText("#order-outcome", orderId + " → Confirmée");
            assertThat(browser.displayed("#error")).isFalse();
            assertThat(admin("/api/orders/" + orderId).getString("status")).isEqualTo("CONFIRMED");
            browser.untilText("#orders", "Aucune donnée");

            browser.select("#order-status", "");
            browser.click("#order-search button[type=submit]");
            browser.untilText(order + " .order-status", "Confirmée");
            ConsoleSession.screenshot(browser, "operations-orders-fr");
        }
    }

    @Test
    void anOperatorApprovesOneReviewAndRejectsAnotherWithAReason() {
        List<String> product = product(9_000);
        String happy = Api.unique("happy");
        String angry = Api.unique("angry");
        deliver(happy, product);
        deliver(angry, product);
        String good = review(happy, product.get(0), "Very good sound, well packed.");
        String bad = review(angry, product.get(0), "AWFUL, see www.elsewhere.example");

        try (Browser browser = Browser.open("fr")) {
            ConsoleSession.open(browser, console, "operations", "fr");
            String flagged = "#reviews tr[data-review='" + bad + "']";
            assertThat(browser.text(flagged)).contains("Lien");
            ConsoleSession.screenshot(browser, "operations-fr");

            // Each decision reloads the list: every row below is looked up in the list of now.
            browser.click("#reviews tr[data-review='" + good + "'] button.approve");
            browser.untilText("#review-outcome", good);
            assertThat(admin("/api/reviews/" + good).getString("status")).isEqualTo("APPROVED");

            // A rejection needs a reason.
            browser.click(flagged + " button.reject");
            browser.untilText("#error", "Donnez un motif.");
            assertThat(admin("/api/reviews/" + bad).getString("status")).isEqualTo("PENDING");
            browser.type(flagged + " input.reason", "advertises another shop");
            browser.click(flagged + " button.reject");
            browser.untilText("#review-outcome", bad);
            JsonPath rejected = admin("/api/reviews/" + bad);
            assertThat(rejected.getString("status")).isEqualTo("REJECTED");
            assertThat(rejected.getString("moderationReason")).isEqualTo("advertises another shop");
            assertThat(browser.driver()
                            .findElements(By.cssSelector(
                                    "#reviews tr[data-review='" + good + "'], #reviews tr[data-review='" + bad + "']")))
                    .isEmpty();
        }
    }

    @Test
    void anOperatorClearsAFraudHoldWithAReasonAndTheOrderGoesOn() {
        // Two refused payments and a large basket from an account never onboarded: held at 70.
        String customer = Api.unique("risky");
        refusedPayment(customer);
        refusedPayment(customer);
        await().atMost(WAIT)
                .until(() -> found("/api/fraud/customers/" + customer)
                        && admin("/api/fraud/customers/" + customer).getInt("refused") == 2);
        List<String> product = product(500_000);
        String orderId = Api.placeOrderWhenOrderable(customer, product.get(0), product.get(1), 1);
        await().atMost(WAIT).until(() -> found("/api/fraud/orders/" + orderId));
        JsonPath assessment = admin("/api/fraud/orders/" + orderId);
        assertThat(assessment.getString("verdict")).isEqualTo("HELD");

        try (Browser browser = Browser.open("en")) {
            ConsoleSession.open(browser, console, "operations", "en");
            String hold = "#holds tr[data-hold='" + orderId + "']";
            String shown = browser.text(hold);
            assertThat(shown).contains(String.valueOf(assessment.getInt("score")));
            for (String explanation : assessment.getList("components.explanation", String.class)) {
                assertThat(shown).contains(explanation);
            }
            assertThat(shown).contains("New account, large basket +40");
            ConsoleSession.screenshot(browser, "operations-en");

            browser.type(hold + " input.reason", "customer called, identity checked");
            browser.click(hold + " button.clear");
            browser.untilText("#fraud-outcome", "Order cleared: " + orderId);
            JsonPath cleared = admin("/api/fraud/orders/" + orderId);
            assertThat(cleared.getString("verdict")).isEqualTo("CLEARED");
            assertThat(cleared.getString("decisionReason")).isEqualTo("customer called, identity checked");
            assertThat(cleared.getString("decidedBy")).isEqualTo("admin-1");
            await().atMost(WAIT).until(() -> "CLEARED"
                    .equals(admin("/api/orders/" + orderId).getString("fraud.status")));
            assertThat(browser.driver().findElements(By.cssSelector("#holds tr[data-hold='" + orderId + "']")))
                    .isEmpty();
        }
    }

    @Test
    void anOperatorSavesThePricingSettingsAndTheApiHasThem() {
        JsonPath before = admin("/api/pricing/settings");
        try (Browser browser = Browser.open("fr")) {
            ConsoleSession.open(browser, console, "operations", "fr");
            // The form is filled at once when the settings arrive: one field filled means all are.
            String rate = browser.untilAttribute("#exchange-rate", "value", value -> !value.isEmpty());
            assertThat(Double.parseDouble(rate)).isEqualTo(before.getDouble("exchangeRate"), within(1e-9));
            assertThat(Double.parseDouble(browser.attribute("#default-margin", "value")))
                    .isEqualTo(before.getDouble("defaultMarginRate") * 100, within(1e-9));

            browser.type("#exchange-rate", "86.25");
            browser.type("#default-margin", "32.5");
            browser.type("#service-fee", "4");
            browser.type("#insurance", "1.5");
            browser.type("#rounding-step", "50");
            browser.select("#rounding-mode", "HALF_UP");
            browser.click("#pricing button[type=submit]");
            browser.untilText("#pricing-outcome", "Paramètres enregistrés");

            JsonPath after = admin("/api/pricing/settings");
            assertThat(after.getDouble("exchangeRate")).isEqualTo(86.25);
            assertThat(after.getDouble("defaultMarginRate")).isEqualTo(0.325);
            assertThat(after.getDouble("serviceFeeRate")).isEqualTo(0.04);
            assertThat(after.getDouble("insuranceRate")).isEqualTo(0.015);
            assertThat(after.getLong("roundingStep")).isEqualTo(50);
            assertThat(after.getString("roundingMode")).isEqualTo("HALF_UP");
            assertThat(browser.attribute("#default-margin", "value")).isEqualTo("32.5");
            ConsoleSession.screenshot(browser, "operations-pricing-fr");
        } finally {
            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(before.getMap("$"))
                    .put("/api/pricing/settings")
                    .then()
                    .statusCode(200);
        }
    }
}
