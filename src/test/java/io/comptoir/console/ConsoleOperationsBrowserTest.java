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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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

    private static WebElement row(Browser browser, String css) {
        return browser.until(d -> browser.find(css));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anOperatorFindsAnOrderMovesItAndSeesAnIllegalMoveRefused() {
        List<String> product = product(12_000);
        String customer = Api.unique("ops");
        String orderId = Api.placeOrderWhenOrderable(customer, product.get(0), product.get(1), 1);
        // What the API says of a move a placed order cannot make.
        String illegal = Api.changeStatus(orderId, "SHIPPED")
                .then()
                .statusCode(409)
                .extract()
                .path("detail");

        try (Browser browser = Browser.open("fr")) {
            ConsoleSession.open(browser, console, "operations", "fr");
            type(browser.find("#customer-id"), customer);
            new Select(browser.find("#order-status")).selectByValue("PLACED");
            browser.find("#order-search button[type=submit]").click();
            WebElement order = row(browser, "#orders tr[data-order='" + orderId + "']");
            assertThat(order.getText()).contains(customer).contains("Passée").contains("12");
            assertThat(order.findElement(By.cssSelector("a.follow")).getAttribute("href"))
                    .endsWith("/console/events?key=" + orderId);

            new Select(order.findElement(By.cssSelector("select.target"))).selectByValue("SHIPPED");
            order.findElement(By.cssSelector("button.apply")).click();
            assertThat(browser.untilText("#error", illegal).isDisplayed()).isTrue();
            assertThat(admin("/api/orders/" + orderId).getString("status")).isEqualTo("PLACED");

            // Confirmed from the page: the search shows placed orders, so this one leaves the list.
            order = row(browser, "#orders tr[data-order='" + orderId + "']");
            new Select(order.findElement(By.cssSelector("select.target"))).selectByValue("CONFIRMED");
            order.findElement(By.cssSelector("button.apply")).click();
            browser.untilText("#order-outcome", orderId + " → Confirmée");
            assertThat(browser.find("#error").isDisplayed()).isFalse();
            assertThat(admin("/api/orders/" + orderId).getString("status")).isEqualTo("CONFIRMED");
            browser.untilText("#orders", "Aucune donnée");

            new Select(browser.find("#order-status")).selectByValue("");
            browser.find("#order-search button[type=submit]").click();
            browser.untilText("#orders tr[data-order='" + orderId + "'] .order-status", "Confirmée");
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
            WebElement flagged = row(browser, "#reviews tr[data-review='" + bad + "']");
            assertThat(flagged.getText()).contains("Lien");
            ConsoleSession.screenshot(browser, "operations-fr");

            row(browser, "#reviews tr[data-review='" + good + "'] button.approve")
                    .click();
            browser.untilText("#review-outcome", good);
            assertThat(admin("/api/reviews/" + good).getString("status")).isEqualTo("APPROVED");

            // A rejection needs a reason.
            row(browser, "#reviews tr[data-review='" + bad + "'] button.reject").click();
            browser.untilText("#error", "Donnez un motif.");
            assertThat(admin("/api/reviews/" + bad).getString("status")).isEqualTo("PENDING");
            type(browser.find("#reviews tr[data-review='" + bad + "'] input.reason"), "advertises another shop");
            browser.find("#reviews tr[data-review='" + bad + "'] button.reject").click();
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
            WebElement hold = row(browser, "#holds tr[data-hold='" + orderId + "']");
            assertThat(hold.getText()).contains(String.valueOf(assessment.getInt("score")));
            for (String explanation : assessment.getList("components.explanation", String.class)) {
                assertThat(hold.getText()).contains(explanation);
            }
            assertThat(hold.getText()).contains("New account, large basket +40");
            ConsoleSession.screenshot(browser, "operations-en");

            type(hold.findElement(By.cssSelector("input.reason")), "customer called, identity checked");
            hold.findElement(By.cssSelector("button.clear")).click();
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
            browser.until(
                    d -> !browser.find("#exchange-rate").getAttribute("value").isEmpty());
            assertThat(Double.parseDouble(browser.find("#exchange-rate").getAttribute("value")))
                    .isEqualTo(before.getDouble("exchangeRate"), within(1e-9));
            assertThat(Double.parseDouble(browser.find("#default-margin").getAttribute("value")))
                    .isEqualTo(before.getDouble("defaultMarginRate") * 100, within(1e-9));

            type(browser.find("#exchange-rate"), "86.25");
            type(browser.find("#default-margin"), "32.5");
            type(browser.find("#service-fee"), "4");
            type(browser.find("#insurance"), "1.5");
            type(browser.find("#rounding-step"), "50");
            new Select(browser.find("#rounding-mode")).selectByValue("HALF_UP");
            browser.find("#pricing button[type=submit]").click();
            browser.untilText("#pricing-outcome", "Paramètres enregistrés");

            JsonPath after = admin("/api/pricing/settings");
            assertThat(after.getDouble("exchangeRate")).isEqualTo(86.25);
            assertThat(after.getDouble("defaultMarginRate")).isEqualTo(0.325);
            assertThat(after.getDouble("serviceFeeRate")).isEqualTo(0.04);
            assertThat(after.getDouble("insuranceRate")).isEqualTo(0.015);
            assertThat(after.getLong("roundingStep")).isEqualTo(50);
            assertThat(after.getString("roundingMode")).isEqualTo("HALF_UP");
            assertThat(browser.find("#default-margin").getAttribute("value")).isEqualTo("32.5");
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
