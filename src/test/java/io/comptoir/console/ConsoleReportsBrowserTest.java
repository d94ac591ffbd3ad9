package io.comptoir.console;

import static io.comptoir.console.ConsoleSession.admin;
import static io.comptoir.console.ConsoleSession.digits;
import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.comptoir.testing.Api;
import io.comptoir.testing.Browser;
import io.comptoir.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reports page in a real headless Chromium: orders placed, delivered and paid through the API
 * and Kafka show as the profitability chart and tables, the sales KPIs, the loyalty tiers, the
 * payments by method and status and the stock alerts, each as the API gives them for the period.
 */
@QuarkusTest
class ConsoleReportsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** The page's default period: the last 30 days, today included. */
    private static final LocalDate FROM = TODAY.minusDays(29);

    @TestHTTPResource("/console")
    URL console;

    private static JsonPath profitability(String bucket) {
        return admin("/api/profitability/report?from=" + FROM + "&to=" + TODAY.plusDays(1) + "&bucket=" + bucket
                + "&top=10");
    }

    private static JsonPath kpis() {
        return admin("/api/analytics/kpis?from=" + FROM + "T00:00:00Z&to=" + TODAY.plusDays(1) + "T00:00:00Z");
    }

    private static void stock(String sku, String productId, long onHand, long lowThreshold) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("productId", productId, "onHand", onHand, "lowThreshold", lowThreshold))
                .put("/api/inventory/" + sku)
                .then()
                .statusCode(200);
    }

    private static int pay(String customer, String orderId, String paymentMethodId) {
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("paymentMethodId", paymentMethodId, "returnUrl", "https://boutique.example/retour"))
                .post("/api/orders/" + orderId + "/payment")
                .statusCode();
    }

    private static String figure(Browser browser, String list, String key) {
        return browser.text("#" + list + " [data-figure=" + key + "] dd");
    }

    /** The sum of what the chart plots, once it is drawn (each report draws its own when it loads). */
    private static long chartTotal(Browser browser, String canvas) {
        return ((Number) browser.until(d -> browser.script(
                        "return Chart.getChart(document.getElementById(arguments[0])).data.datasets"
                                + ".flatMap(d => d.data).reduce((a, b) => a + b, 0)",
                        canvas)))
                .longValue();
    }

    @Test
    void theReportsShowWhatTheApiGivesForThePeriodAsChartsFiguresAndTables() {
        // Two products sold and delivered, one of them also paid by card, a card refused, two skus running out.
        String skuA = Api.unique("RPA");
        String productA = Api.createProduct(skuA, 15_000);
        String skuB = Api.unique("RPB");
        String productB = Api.createProduct(skuB, 4_000);
        String customer = Api.unique("rpt");
        String sold = Api.placeOrderWhenOrderable(
                customer, List.of(Api.item(productA, skuA, 2), Api.item(productB, skuB, 1)));
        for (String status : List.of("CONFIRMED", "SHIPPED", "DELIVERED")) {
            Api.changeStatus(sold, status).then().statusCode(200);
        }
        String paid = Api.placeOrderWhenOrderable(customer, List.of(Api.item(productB, skuB, 1)), "CARD");
        assertThat(pay(customer, paid, "pm_card_visa")).isEqualTo(200);
        String refused = Api.placeOrderWhenOrderable(customer, List.of(Api.item(productB, skuB, 1)), "CARD");
        assertThat(pay(customer, refused, "pm_card_chargeDeclined")).isEqualTo(402);
        String lowSku = Api.unique("LOW");
        String lowProduct = Api.createProduct(lowSku, 2_000);
        stock(lowSku, lowProduct, 3, 5);
        String emptySku = Api.unique("OUT");
        String emptyProduct = Api.createProduct(emptySku, 2_000);
        stock(emptySku, emptyProduct, 0, 5);

        // The engines have seen it all: the sale counted, its points earned.
        await().atMost(WAIT)
                .until(() -> profitability("WEEK").getList("products.productId").contains(productA));
        await().atMost(WAIT).until(() -> kpis().getList("topProducts.productId").contains(productA));
        await().atMost(WAIT).until(() -> Api.loyalty(customer).getFirst() > 0);

        try (Browser browser = Browser.open("fr")) {
            ConsoleSession.open(browser, console, "reports", "fr");
            browser.untilText("#top-products", "Product " + skuA);
            browser.untilText("#stock", emptySku);
            browser.until(
                    d -> browser.script("return Chart.getChart(document.getElementById('payments-chart')) != null"));

            // Profitability, as the report of the period gives it.
            JsonPath report = profitability("WEEK");
            assertThat(browser.attribute("#from", "value")).isEqualTo(FROM.toString());
            assertThat(browser.attribute("#to", "value")).isEqualTo(TODAY.toString());
            assertThat(digits(figure(browser, "profit-figures", "revenue")))
                    .isEqualTo(String.valueOf(report.getLong("totals.revenue.amount")));
            assertThat(digits(figure(browser, "profit-figures", "landedCost")))
                    .isEqualTo(String.valueOf(report.getLong("totals.landedCost.amount")));
            assertThat(digits(figure(browser, "profit-figures", "margin")))
                    .isEqualTo(String.valueOf(Math.abs(report.getLong("totals.margin.amount"))));
            assertThat(digits(figure(browser, "profit-figures", "orders")))
                    .isEqualTo(String.valueOf(report.getLong("totals.orders")));
            assertThat(digits(figure(browser, "profit-figures", "marginPercent")))
                    .isEqualTo(digits(new BigDecimal(report.getString("totals.marginPercent"))
                            .setScale(1, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString()));
            assertThat(browser.script("return Chart.getChart(document.getElementById('margin-chart')) != null"))
                    .isEqualTo(true);
            assertThat(browser.script(
                            "return Chart.getChart(document.getElementById('margin-chart')).data.labels.length"))
                    .isEqualTo((long) report.getList("buckets").size());
            assertThat(browser.script(
                            "return Chart.getChart(document.getElementById('margin-chart')).data.datasets[0].data"
                                    + ".reduce((a, b) => a + b, 0)"))
                    .isEqualTo(report.getLong("totals.revenue.amount"));
            assertThat(browser.attributes("#top-products tr", "data-product"))
                    .isEqualTo(report.getList("products.productId"));
            assertThat(browser.attributes("#top-customers tr", "data-customer"))
                    .isEqualTo(report.getList("customers.customerId"));
            assertThat(browser.driver().findElements(By.cssSelector("#suggestions tr[data-product]")))
                    .hasSize(report.getList("priceSuggestions").size());

            // Sales KPIs.
            JsonPath k = kpis();
            assertThat(digits(figure(browser, "kpi-figures", "revenue")))
                    .isEqualTo(String.valueOf(k.getLong("revenue.amount")));
            assertThat(digits(figure(browser, "kpi-figures", "orders"))).isEqualTo(String.valueOf(k.getLong("orders")));
            assertThat(digits(figure(browser, "kpi-figures", "averageBasket")))
                    .isEqualTo(String.valueOf(k.getLong("averageBasket.amount")));
            assertThat(browser.text("#best-sellers tr[data-product='" + productA + "']"))
                    .contains(
                            String.valueOf(k.getLong("topProducts.find { it.productId == '" + productA + "' }.units")));

            // Loyalty: the doughnut counts every member once.
            JsonPath loyalty = admin("/api/loyalty/stats");
            assertThat(chartTotal(browser, "tiers-chart")).isEqualTo(loyalty.getLong("members"));
            assertThat(digits(figure(browser, "loyalty-figures", "members")))
                    .isEqualTo(String.valueOf(loyalty.getLong("members")));
            assertThat(digits(figure(browser, "loyalty-figures", "pointsIssued")))
                    .isEqualTo(String.valueOf(loyalty.getLong("pointsIssued")));

            // Payments: one bar segment per method and status, the refused card among them.
            JsonPath payments = admin("/api/payments/stats?from=" + FROM + "&to=" + TODAY);
            assertThat(payments.getLong("failed")).isPositive();
            assertThat(chartTotal(browser, "payments-chart"))
                    .isEqualTo(payments.getList("totals.count", Long.class).stream()
                            .mapToLong(Long::longValue)
                            .sum());
            assertThat(digits(figure(browser, "payment-figures", "payments")))
                    .isEqualTo(String.valueOf(payments.getLong("payments")));
            assertThat(digits(figure(browser, "payment-figures", "failed")))
                    .isEqualTo(String.valueOf(payments.getLong("failed")));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('payments-chart')).data.datasets.map(d => d.label)"))
                    .asList()
                    .contains("Réussi", "Échoué");
            assertThat(browser.script("return Chart.getChart(document.getElementById('payments-chart')).data.labels"))
                    .asList()
                    .contains("Carte");

            // Stock alerts: the sku under its threshold and the one with nothing left.
            assertThat(browser.text("#stock tr[data-sku='" + lowSku + "']"))
                    .contains(lowProduct)
                    .contains("bas");
            assertThat(browser.text("#stock tr[data-sku='" + emptySku + "']")).contains("épuisé");
            ConsoleSession.screenshot(browser, "reports-fr");

            // Another grouping: one bar per day of the period.
            browser.select("#bucket", "DAY");
            browser.click("#period button[type=submit]");
            browser.until(d -> Long.valueOf(30)
                    .equals(browser.script(
                            "return Chart.getChart(document.getElementById('margin-chart')).data.labels.length")));
            assertThat(profitability("DAY").getList("buckets")).hasSize(30);

            // In English.
            browser.click("a[hreflang=en]");
            browser.untilText("h1", "Reports");
            browser.untilText("#top-products", "Product " + skuA);
            browser.untilText("#stock", "depleted");
            assertThat(browser.text("#profitability-title")).isEqualTo("Profitability of confirmed sales");
            assertThat(browser.text("#profit-figures [data-figure=revenue] dt")).isEqualTo("Revenue");
            browser.until(
                    d -> browser.script("return Chart.getChart(document.getElementById('payments-chart')) != null"));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('payments-chart')).data.datasets.map(d => d.label)"))
                    .asList()
                    .contains("Succeeded", "Failed");
            ConsoleSession.screenshot(browser, "reports-en");
        }
    }
}
