package io.comptoir.profitability;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.Quiet;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Orders placed, confirmed, shipped and cancelled through the real engines become sales whose landed
 * costs and margins the report gives exactly. The figures, computed by hand (rates set below:
 * 85.50 XOF per CNY, service fee 5 %, insurance 2 %, so a unit costs base cost × 85.50 × 1.07,
 * rounded half-up; shipping spread over an order's lines by revenue, the odd franc to the first):
 *
 * <pre>
 * product  category  base cost   unit cost landed        price
 * A        ca        120.00 CNY  10,978.2 → 10,978 XOF   15,000
 * B        cb         40.00 CNY   3,659.4 →  3,659 XOF    4,000
 *
 * order  customer  lines     revenue  shipping (local delivery)  landed cost                 margin
 * o1     c1        2 A, 1 B  34,000   2,000: A 1,765, B 235     A 2 × 10,978 + 1,765 = 23,721  A 6,279
 *                                                                B 3,659 + 235 = 3,894         B   106
 * o2     c2        1 B        4,000   none                      B 3,659                        B   341
 * o3     c2        1 A       confirmed, then cancelled: not a sale
 * o4     c1        1 A       placed, never confirmed: not a sale
 *
 * totals   2 orders, 4 units, revenue 38,000, cost 31,274, margin 6,726 = 17.70 %
 * A (ca)   2 units, 30,000, 23,721, 6,279 = 20.93 %    c1  34,000, 27,615, 6,385 = 18.78 %
 * B (cb)   2 units,  8,000,  7,553,   447 =  5.59 %    c2   4,000,  3,659,   341 =  8.53 %
 * target 25 %: A 23,721 ÷ 2 ÷ 0.75 = 15,814 → 15,825 (step 25); B 7,553 ÷ 2 ÷ 0.75 = 5,035.3 → 5,050
 * </pre>
 */
@QuarkusTest
class ProfitabilityFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Map<String, Object> BOX =
            Map.of("weightGrams", 2_500, "lengthCm", 40, "widthCm", 30, "heightCm", 20);

    private static String product(String categoryId, long baseCostFen, long priceXof) {
        Api.category(categoryId);
        String sku = Api.unique("PRF");
        String id = given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Product " + sku,
                        "categoryId",
                        categoryId,
                        "baseCost",
                        Map.of("amount", baseCostFen, "currency", "CNY"),
                        "variants",
                        List.of(Map.of("sku", sku, "price", Map.of("amount", priceXof, "currency", "XOF")))))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.stock(sku, id, 100);
        return id;
    }

    private static String sku(String productId) {
        return given().get("/api/products/" + productId).then().extract().path("variants[0].sku");
    }

    private static ValidatableResponse report(String from, String to, String bucket, String... categories) {
        return given().header(AUTH, Tokens.admin())
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("bucket", bucket)
                .queryParam("categoryId", (Object[]) categories)
                .get("/api/profitability/report")
                .then();
    }

    @Test
    void reportsGiveLandedCostsMarginsTopRowsAndPriceSuggestionsExactly() {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "exchangeRate", "85.50",
                        "defaultMarginRate", "0.30",
                        "serviceFeeRate", "0.05",
                        "insuranceRate", "0.02",
                        "roundingStep", 25,
                        "roundingMode", "UP"))
                .put("/api/pricing/settings")
                .then()
                .statusCode(200);
        String ca = Api.unique("ca");
        String cb = Api.unique("cb");
        String a = product(ca, 12_000, 15_000);
        String b = product(cb, 4_000, 4_000);
        String skuA = sku(a);
        String skuB = sku(b);
        String c1 = Api.unique("c1");
        String c2 = Api.unique("c2");

        String o1 = Api.placeOrderWhenOrderable(c1, List.of(Api.item(a, skuA, 2), Api.item(b, skuB, 1)));
        String o2 = Api.placeOrderWhenOrderable(c2, b, skuB, 1);
        String o3 = Api.placeOrderWhenOrderable(c2, a, skuA, 1);
        Api.placeOrderWhenOrderable(c1, a, skuA, 1);
        for (String order : List.of(o1, o2, o3)) {
            Api.changeStatus(order, "CONFIRMED").then().statusCode(200);
        }
        Api.changeStatus(o3, "CANCELLED").then().statusCode(200);
        await().atMost(WAIT)
                .until(() -> given().header(AUTH, Tokens.admin())
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "orderId", o1, "method", "LOCAL_DELIVERY", "zone", "abidjan", "parcel", BOX))
                                .post("/api/shipments")
                                .statusCode()
                        == 201);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        await().atMost(WAIT).untilAsserted(() -> report(
                        today.minusDays(1).toString(), today.plusDays(1).toString(), "DAY", ca, cb)
                .statusCode(200)
                .body("currency", equalTo("XOF"))
                .body("targetMarginPercent", equalTo(25.00f))
                .body("linesWithoutCost", equalTo(0))
                .body("totals.orders", equalTo(2))
                .body("totals.units", equalTo(4))
                .body("totals.revenue.amount", equalTo(38_000))
                .body("totals.landedCost.amount", equalTo(31_274))
                .body("totals.margin.amount", equalTo(6_726))
                .body("totals.marginPercent", equalTo(17.70f))
                .body("buckets.start", contains(today.minusDays(1).toString(), today.toString()))
                .body("buckets[0].figures.orders", equalTo(0))
                .body("buckets[0].figures.marginPercent", nullValue())
                .body("buckets[1].figures.margin.amount", equalTo(6_726))
                .body("products.productId", contains(a, b))
                .body("products[0].categoryId", equalTo(ca))
                .body("products[0].figures.units", equalTo(2))
                .body("products[0].figures.revenue.amount", equalTo(30_000))
                .body("products[0].figures.landedCost.amount", equalTo(23_721))
                .body("products[0].figures.margin.amount", equalTo(6_279))
                .body("products[0].figures.marginPercent", equalTo(20.93f))
                .body("products[1].figures.revenue.amount", equalTo(8_000))
                .body("products[1].figures.landedCost.amount", equalTo(7_553))
                .body("products[1].figures.margin.amount", equalTo(447))
                .body("products[1].figures.marginPercent", equalTo(5.59f))
                .body("categories.categoryId", contains(ca, cb))
                .body("categories[1].figures.margin.amount", equalTo(447))
                .body("customers.customerId", contains(c1, c2))
                .body("customers[0].figures.orders", equalTo(1))
                .body("customers[0].figures.landedCost.amount", equalTo(27_615))
                .body("customers[0].figures.margin.amount", equalTo(6_385))
                .body("customers[0].figures.marginPercent", equalTo(18.78f))
                .body("customers[1].figures.margin.amount", equalTo(341))
                .body("customers[1].figures.marginPercent", equalTo(8.53f))
                .body("priceSuggestions.productId", contains(b, a))
                .body("priceSuggestions[0].averageUnitPrice.amount", equalTo(4_000))
                .body("priceSuggestions[0].averageUnitCost.amount", equalTo(3_777))
                .body("priceSuggestions[0].suggestedUnitPrice.amount", equalTo(5_050))
                .body("priceSuggestions[1].averageUnitCost.amount", equalTo(11_861))
                .body("priceSuggestions[1].suggestedUnitPrice.amount", equalTo(15_825)));

        // One order's lines; the top rows; ISO weeks and calendar months.
        given().header(AUTH, Tokens.admin())
                .get("/api/profitability/orders/" + o1)
                .then()
                .statusCode(200)
                .body("counted", equalTo(true))
                .body("shippingCost.amount", equalTo(2_000))
                .body("lines.landedCost.amount", contains(23_721, 3_894))
                .body("lines.margin.amount", contains(6_279, 106));
        given().header(AUTH, Tokens.admin())
                .get("/api/profitability/orders/" + o3)
                .then()
                .body("counted", equalTo(false))
                .body("undone", equalTo(true));
        report(today.toString(), today.plusDays(1).toString(), "WEEK", ca, cb)
                .body("buckets", hasSize(1))
                .body(
                        "buckets[0].start",
                        equalTo(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .toString()))
                .body("buckets[0].figures.margin.amount", equalTo(6_726));
        LocalDate month = today.withDayOfMonth(1);
        given().header(AUTH, Tokens.admin())
                .queryParam("from", month.toString())
                .queryParam("to", month.plusMonths(1).toString())
                .queryParam("bucket", "MONTH")
                .queryParam("categoryId", ca, cb)
                .queryParam("top", 1)
                .get("/api/profitability/report")
                .then()
                .body("buckets.start", contains(month.toString()))
                .body("products.productId", contains(a))
                .body("customers.customerId", contains(c1))
                .body("priceSuggestions", hasSize(2));

        // Redelivered under new event ids, the confirmation and the shipment change nothing.
        ForeignEvents.publish(
                Topic.ORDER_ORDER_CONFIRMED,
                o1,
                """
                {"orderId":"%s","customerId":"%s","previousStatus":"PLACED","status":"CONFIRMED",\
                "total":{"amount":34000,"currency":"XOF"},"changedAt":"%s"}"""
                        .formatted(o1, c1, Instant.now().plusSeconds(86_400)));
        ForeignEvents.publish(
                Topic.SHIPPING_SHIPMENT_CREATED,
                o1,
                """
                {"shipmentId":"%s","orderId":"%s","customerId":"%s","method":"LOCAL_DELIVERY",\
                "cost":{"amount":2000,"currency":"XOF"}}"""
                        .formatted(o1, o1, c1));
        Quiet.settle();
        report(today.toString(), today.plusDays(1).toString(), "DAY", ca, cb)
                .body("totals.orders", equalTo(2))
                .body("totals.margin.amount", equalTo(6_726));
    }

    @Test
    void aCancellationSeenBeforeItsPlacementKeepsTheOrderFromCounting() {
        String order = Api.unique("early");
        String customer = Api.unique("c");
        String status =
                """
                {"orderId":"%s","customerId":"%s","previousStatus":"%s","status":"%s",\
                "total":{"amount":15000,"currency":"XOF"},"changedAt":"%s"}""";
        ForeignEvents.publish(
                Topic.ORDER_ORDER_CANCELLED,
                order,
                status.formatted(order, customer, "CONFIRMED", "CANCELLED", Instant.now()));
        ForeignEvents.publish(
                Topic.ORDER_ORDER_CONFIRMED,
                order,
                status.formatted(order, customer, "PLACED", "CONFIRMED", Instant.now()));
        ForeignEvents.publish(
                Topic.ORDER_ORDER_PLACED,
                order,
                """
                {"orderId":"%s","customerId":"%s","lines":[{"productId":"p-%s","sku":"S1","quantity":1,\
                "listPrice":{"amount":15000,"currency":"XOF"},"unitPrice":{"amount":15000,"currency":"XOF"},\
                "lineTotal":{"amount":15000,"currency":"XOF"}}],"subtotal":{"amount":15000,"currency":"XOF"},\
                "discounts":[],"total":{"amount":15000,"currency":"XOF"},"paymentMethod":"CASH_ON_DELIVERY",\
                "placedAt":"%s"}"""
                        .formatted(order, customer, order, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/profitability/orders/" + order)
                .then()
                .statusCode(200)
                .body("counted", equalTo(false))
                .body("undone", equalTo(true))
                .body("revenue.amount", equalTo(15_000))
                // A product the engine has never heard of has no cost yet.
                .body("linesWithoutCost", equalTo(1))
                .body("lines[0].landedCost", nullValue()));
    }

    @Test
    void badRequestsAreClearProblemsAndReportsAreForAdmins() {
        for (String query : List.of(
                "to=2026-02-01&bucket=DAY",
                "from=2026-01-01&to=2026-02-01&bucket=YEAR",
                "from=2026-02-30&to=2026-03-01&bucket=DAY",
                "from=2026-02-01&to=2026-01-01&bucket=DAY",
                "from=2025-01-01&to=2026-06-01&bucket=MONTH",
                "from=2026-01-01&to=2026-02-01&bucket=DAY&top=0")) {
            given().header(AUTH, Tokens.admin())
                    .get("/api/profitability/report?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header(AUTH, Tokens.customer("c"))
                .get("/api/profitability/report?from=2026-01-01&to=2026-02-01&bucket=DAY")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.admin())
                .get("/api/profitability/orders/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header(AUTH, Tokens.admin())
                .get("/api/profitability/stats")
                .then()
                .statusCode(200)
                .body("figures.revenue.currency", equalTo("XOF"));
    }
}
