package io.comptoir.analytics;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Sessions start with their first tracked event and end after the (test) timeout of 5 s; the
 * orders their customers place convert them; the KPIs count the confirmed orders, the sessions
 * and the product views of the period exactly.
 */
@QuarkusTest
class AnalyticsFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.header(AUTH, token);
    }

    private static Map<String, Object> event(String sessionId, String name) {
        return Map.of("sessionId", sessionId, "name", name, "properties", Map.of("path", "/"));
    }

    private static boolean on(ConsumerRecord<String, byte[]> r, String topic, String... keys) {
        return r.topic().equals(topic) && List.of(keys).contains(r.key());
    }

    @Test
    void trackedSessionsConvertWhenTheirCustomerOrdersAndTheKpisCountThem() {
        Instant from = Instant.now().minusSeconds(1);
        String sku = Api.unique("ANA");
        String product = Api.createProduct(sku, 10_000);
        String k1 = Api.unique("k1");
        String k2 = Api.unique("k2");
        Api.addToCartWhenOrderable(k1, product, sku, 1); // the order engine knows the product now
        String s1 = Api.unique("s1");
        String s2 = Api.unique("s2");
        String s3 = Api.unique("s3");
        try (KafkaProbe probe = KafkaProbe.of(
                "analytics.session.started",
                "analytics.event.tracked",
                "analytics.conversion.recorded",
                "analytics.session.ended",
                "order.order.placed")) {
            as(Tokens.customer(k1))
                    .body(event(s1, "page_view"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(202)
                    .body("customerId", equalTo(k1))
                    .body("started", equalTo(true));
            as(Tokens.customer(k1))
                    .body(event(s1, "add_to_cart"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(202)
                    .body("events", equalTo(2))
                    .body("started", equalTo(false));
            as(null).body(event(s2, "page_view"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(202);
            as(Tokens.customer(k2))
                    .body(event(s3, "page_view"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(202);
            // Nobody tracks for someone else.
            as(null).body(Map.of("sessionId", s3, "customerId", k1, "name", "x"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(403);
            given().queryParam("sessionId", s1)
                    .get("/api/products/" + product)
                    .then()
                    .statusCode(200);

            String o1 = Api.placeOrder(k1, product, sku, 2)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String o2 = Api.placeOrder(k2, product, sku, 1)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Api.changeStatus(o1, "CONFIRMED").then().statusCode(200);
            Api.changeStatus(o2, "CONFIRMED").then().statusCode(200);
            Api.changeStatus(o2, "CANCELLED").then().statusCode(200);

            assertThat(probe.await(r -> on(r, "analytics.conversion.recorded", s1, s3), 2, WAIT))
                    .extracting(r -> KafkaProbe.value(r))
                    .anySatisfy(v -> assertThat(v).contains(o1, "\"amount\":20000"))
                    .anySatisfy(v -> assertThat(v).contains(o2, k2));
            assertThat(probe.matching(r -> on(r, "analytics.session.started", s1, s2, s3)))
                    .hasSize(3);
            assertThat(probe.matching(r -> on(r, "analytics.event.tracked", s1, s2, s3)))
                    .hasSize(4);

            // Revenue and orders: o1 only (o2 was cancelled); 2 of the 3 sessions converted.
            await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                    .queryParam("from", from.toString())
                    .queryParam("to", Instant.now().plusSeconds(60).toString())
                    .get("/api/analytics/kpis")
                    .then()
                    .statusCode(200)
                    .body("revenue.amount", equalTo(20_000))
                    .body("orders", equalTo(1))
                    .body("averageBasket.amount", equalTo(20_000))
                    .body("sessions", equalTo(3))
                    .body("convertedSessions", equalTo(2))
                    .body("conversionRate", equalTo(66.67f))
                    .body("topProducts[0].productId", equalTo(product))
                    .body("topProducts[0].units", equalTo(2))
                    .body("topProducts[0].revenue.amount", equalTo(20_000))
                    .body("topProducts[0].views", equalTo(1)));

            // Idle for the timeout, each session ends once, at its last event; an ended session takes no more.
            assertThat(probe.await(r -> on(r, "analytics.session.ended", s1, s2, s3), 3, WAIT))
                    .filteredOn(r -> r.key().equals(s1))
                    .singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.value(r)).contains("\"events\":2"));
            as(null).body(event(s2, "page_view"))
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(409);

            // A redelivered placement under a new event id converts nothing again.
            ConsumerRecord<String, byte[]> placed = probe.awaitOne(r -> on(r, "order.order.placed", o1));
            ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, o1, KafkaProbe.value(placed));
            probe.assertExactly(r -> on(r, "analytics.conversion.recorded", s1, s3), 2);
            probe.assertExactly(r -> on(r, "analytics.session.ended", s1, s2, s3), 3);
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/analytics/stats")
                .then()
                .statusCode(200)
                .body("convertedSessions", greaterThanOrEqualTo(2))
                .body("views", greaterThanOrEqualTo(1));
    }

    @Test
    void badInputIsAClearProblemAndKpisAreForAdmins() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("name", "page_view"),
                Map.of("sessionId", "has spaces", "name", "page_view"),
                Map.of("sessionId", "s", "name", ""))) {
            as(null).body(body)
                    .post("/api/analytics/events")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        for (String query : List.of("from=yesterday", "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "top=0")) {
            given().header(AUTH, Tokens.admin())
                    .get("/api/analytics/kpis?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header(AUTH, Tokens.customer("c"))
                .get("/api/analytics/kpis")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer("c"))
                .get("/api/analytics/stats")
                .then()
                .statusCode(403);
    }
}
