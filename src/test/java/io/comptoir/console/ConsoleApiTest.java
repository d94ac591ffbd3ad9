package io.comptoir.console;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Metrics;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

/**
 * The admin console's operations API against the real broker and database: platform health and
 * lag, recent events and traces with their CloudEvents attributes, dead letters found on the
 * engines' dead-letter topics, replayed (and processed again) or discarded with a reason, audited.
 */
@QuarkusTest
class ConsoleApiTest {

    @Test
    void platformListsEveryEngineAndTheLagOfEachConsumerGroup() {
        JsonPath platform = read("/api/admin/platform");
        assertThat(platform.getList("engines.id"))
                .hasSize(Engine.values().length)
                .contains("order", "loyalty");
        assertThat(platform.getList("engines.enabled", Boolean.class)).containsOnly(true);
        assertThat(platform.getBoolean("kafka.reachable")).isTrue();
        assertThat(platform.getLong("outbox.backlog")).isGreaterThanOrEqualTo(0);
        Map<String, Object> order = platform.getMap("consumerGroups.find { it.group == 'comptoir-order' }");
        assertThat(order).containsEntry("engine", "order").containsKey("lag");
        assertThat(platform.getList("consumerGroups.find { it.group == 'comptoir-order' }.topics.topic"))
                .contains("catalog.product.created", "inventory.stock.reserved");
        assertThat(platform.getList("topics.topic")).hasSize(Topic.values().length);

        // A record on a topic: produced moves, and once every consuming group read it, its lag is nothing.
        String customer = Api.unique("lag");
        ForeignEvents.publish(
                Topic.CUSTOMER_CUSTOMER_ONBOARDED,
                customer,
                "{\"customerId\":\"%s\",\"name\":\"Awa\",\"email\":\"%s@example.com\"}".formatted(customer, customer));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath now = read("/api/admin/platform");
            assertThat(now.getLong("topics.find { it.topic == 'customer.customer.onboarded' }.produced"))
                    .isPositive()
                    .isEqualTo(now.getLong("topics.find { it.topic == 'customer.customer.onboarded' }.consumed"));
            assertThat(now.getLong("consumerGroups.find { it.group == 'comptoir-fraud' }"
                            + ".topics.find { it.topic == 'customer.customer.onboarded' }.lag"))
                    .isZero();
        });
    }

    @Test
    void ratesAreSampledPerTopic() {
        String review = Api.unique("review");
        ForeignEvents.publish(Topic.REVIEW_REVIEW_REJECTED, review, "{\"reviewId\":\"%s\"}".formatted(review));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath rates = read("/api/admin/platform/rates");
            assertThat(rates.getString("interval")).isEqualTo("PT1S");
            assertThat(rates.getList("samples")).isNotEmpty();
            assertThat(rates.getList("samples.topics.'review.review.rejected'.out", Integer.class))
                    .anySatisfy(out -> assertThat(out).isNotNull().isPositive());
        });
    }

    @Test
    void anOrderShowsInItsTopicAndCanBeFollowedAcrossTopics() {
        String sku = Api.unique("SKU-CONSOLE");
        String productId = Api.createProduct(sku, 15_000);
        String customer = Api.unique("console");
        String correlation = "corr-" + UUID.randomUUID();
        String[] orderId = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response placed = given().header(AUTH, Tokens.customer(customer))
                    .header("X-Correlation-Id", correlation)
                    .contentType(ContentType.JSON)
                    .body(Map.of("items", List.of(Api.item(productId, sku, 2)), "paymentMethod", "CASH_ON_DELIVERY"))
                    .post("/api/orders");
            orderId[0] = placed.path("id");
            return placed.statusCode() == 201;
        });
        Api.changeStatus(orderId[0], "CONFIRMED").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath events = read("/api/admin/events", "topic", "order.order.placed", "limit", 500);
            assertThat(events.getString("topic")).isEqualTo("order.order.placed");
            Map<String, Object> event = events.getMap("events.find { it.key == '" + orderId[0] + "' }");
            assertThat(event)
                    .isNotNull()
                    .containsEntry("topic", "order.order.placed")
                    .containsEntry("type", "order.order.placed")
                    .containsEntry("source", "/comptoir/order")
                    .containsEntry("subject", orderId[0])
                    .containsEntry("correlationId", correlation)
                    .containsEntry("userId", customer)
                    .containsEntry("dataVersion", 1)
                    .containsKeys("id", "partition", "offset", "timestamp", "time");
            assertThat(events.getString("events.find { it.key == '" + orderId[0] + "' }.data.customerId"))
                    .isEqualTo(customer);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath trace = read("/api/admin/events/trace", "key", orderId[0]);
            assertThat(trace.getList("events.type", String.class))
                    .containsSubsequence("order.order.placed", "order.order.confirmed");
            assertThat(trace.getBoolean("truncated")).isFalse();
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> types = read("/api/admin/events/trace", "correlationId", correlation)
                    .getList("events.type", String.class);
            assertThat(types).containsSubsequence("order.order.placed", "inventory.stock.reserved");
        });
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        admin().queryParam("topic", "no.such.topic")
                .get("/api/admin/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("topic"))
                .body("errors[0].message", containsString("no.such.topic"));
        admin().queryParam("topic", "order.order.placed")
                .queryParam("limit", 501)
                .get("/api/admin/events")
                .then()
                .statusCode(400);
        admin().get("/api/admin/events/trace").then().statusCode(400);
        admin().queryParam("key", "k")
                .queryParam("correlationId", "c")
                .get("/api/admin/events/trace")
                .then()
                .statusCode(400);
        admin().queryParam("engine", "nope")
                .get("/api/admin/dead-letters")
                .then()
                .statusCode(400);
        admin().queryParam("status", "LOST")
                .get("/api/admin/dead-letters")
                .then()
                .statusCode(400);
        admin().contentType(ContentType.JSON)
                .body(Map.of("engine", "nope"))
                .post("/api/admin/dead-letters/replay")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("engine"));
        admin().contentType(ContentType.JSON)
                .post("/api/admin/dead-letters/deadletter.order-0-999999999/replay")
                .then()
                .statusCode(404);
        admin().contentType(ContentType.JSON)
                .post("/api/admin/dead-letters/whatever/replay")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAdminsOperate() {
        for (String path : List.of(
                "/api/admin/platform",
                "/api/admin/platform/rates",
                "/api/admin/events?topic=order.order.placed",
                "/api/admin/dead-letters",
                "/api/admin/audit")) {
            given().header(AUTH, Tokens.customer("mallory")).get(path).then().statusCode(403);
            given().get(path).then().statusCode(401);
        }
        given().header(AUTH, Tokens.customer("mallory"))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/admin/dead-letters/replay")
                .then()
                .statusCode(403);
    }

    @Test
    void aPoisonRecordIsADeadLetterWithItsReasonAndIsDiscardedWithAReason() {
        String key = Api.unique("poison");
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID().toString(),
                Topic.ORDER_ORDER_PLACED,
                "/comptoir/order",
                Instant.now(),
                key,
                null,
                null,
                null,
                1,
                new byte[0]);
        KafkaProbe.send(
                "order.order.placed",
                key,
                CloudEventHeaders.write(envelope),
                "{not json".getBytes(StandardCharsets.UTF_8));

        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath list = read("/api/admin/dead-letters", "engine", "loyalty", "status", "PENDING");
            Map<String, Object> item = list.getMap("items.find { it.key == '" + key + "' }");
            assertThat(item)
                    .isNotNull()
                    .containsEntry("engine", "loyalty")
                    .containsEntry("topic", "order.order.placed")
                    .containsEntry("deadLetterTopic", "deadletter.loyalty")
                    .containsEntry("eventId", envelope.id())
                    .containsEntry("type", "order.order.placed")
                    .containsEntry("status", "PENDING")
                    .containsEntry("data", "{not json");
            assertThat((String) item.get("reason")).contains("does not parse");
            assertThat(list.getLong("byEngine.loyalty")).isPositive();
            assertThat(list.getInt("total")).isEqualTo(list.getList("items").size());
            id[0] = (String) item.get("id");
        });

        String discard = "/api/admin/dead-letters/" + id[0] + "/discard";
        admin().contentType(ContentType.JSON).post(discard).then().statusCode(400);
        admin().contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .post(discard)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        admin().contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(501)))
                .post(discard)
                .then()
                .statusCode(400);
        admin().contentType(ContentType.JSON)
                .body(Map.of("reason", "malformed test record, nothing to recover"))
                .post(discard)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISCARDED"))
                .body("decidedBy", equalTo("admin-1"))
                .body("note", equalTo("malformed test record, nothing to recover"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post(discard)
                .then()
                .statusCode(409);
        admin().contentType(ContentType.JSON)
                .post("/api/admin/dead-letters/" + id[0] + "/replay")
                .then()
                .statusCode(409);

        assertThat(read("/api/admin/dead-letters", "status", "DISCARDED").getList("items.id"))
                .contains(id[0]);
        JsonPath audit = read("/api/admin/audit");
        assertThat(audit.getMap("items.find { it.target == '" + id[0] + "' }"))
                .containsEntry("action", "DEAD_LETTER_DISCARDED")
                .containsEntry("actor", "admin-1")
                .containsEntry("detail", "malformed test record, nothing to recover")
                .containsKey("at");
    }

    @Test
    void aDeadLetterReplayedIsProcessedOnce() {
        String customer = Api.unique("replayed");
        String id = deadLetterForFraud(customer);
        given().header(AUTH, Tokens.admin())
                .get("/api/fraud/customers/" + customer)
                .then()
                .statusCode(404);
        double passedBy = Metrics.eventsIn("notification", "customer.customer.onboarded", "replay-for-another");

        admin().contentType(ContentType.JSON)
                .post("/api/admin/dead-letters/" + id + "/replay")
                .then()
                .statusCode(200)
                .body("status", equalTo("REPLAYED"))
                .body("decidedBy", equalTo("admin-1"))
                .body("topic", equalTo("customer.customer.onboarded"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/fraud/customers/" + customer)
                .then()
                .statusCode(200)
                .body("customerId", equalTo(customer)));
        admin().contentType(ContentType.JSON)
                .post("/api/admin/dead-letters/" + id + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        // The replayed record is the original: same key, payload and CloudEvents headers, no dead-letter ones;
        // addressed to the fraud engine, so the notification engine (which never failed on it) passes it by.
        try (KafkaProbe onboarded = KafkaProbe.of("customer.customer.onboarded")) {
            var record = onboarded.awaitOne(r -> customer.equals(r.key()));
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("customer.customer.onboarded");
            assertThat(KafkaProbe.headers(record)).doesNotContainKeys("dead-letter-reason", "dead-letter-topic");
            assertThat(KafkaProbe.header(record, "comptoir-replay-for")).isEqualTo("fraud");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Metrics.eventsIn("notification", "customer.customer.onboarded", "replay-for-another")
                        > passedBy);
        assertThat(read("/api/admin/audit").getString("items.find { it.target == '" + id + "' }.action"))
                .isEqualTo("DEAD_LETTER_REPLAYED");

        // Replaying all of an engine's pending dead letters takes the new ones.
        String another = Api.unique("replayed");
        String second = deadLetterForFraud(another);
        int replayed = admin().contentType(ContentType.JSON)
                .body(Map.of("engine", "fraud"))
                .post("/api/admin/dead-letters/replay")
                .then()
                .statusCode(200)
                .extract()
                .path("replayed");
        assertThat(replayed).isPositive();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/fraud/customers/" + another)
                .then()
                .statusCode(200));
        assertThat(read("/api/admin/dead-letters", "engine", "fraud")
                        .getString("items.find { it.id == '" + second + "' }.status"))
                .isEqualTo("REPLAYED");
    }

    /**
     * A well-formed {@code customer.customer.onboarded} put on the fraud engine's dead-letter topic as
     * SmallRye's dead-letter queue does (original headers plus its own), as if fraud had failed on it;
     * returns its dead-letter id once the console lists it.
     */
    private static String deadLetterForFraud(String customer) {
        EventEnvelope envelope = new EventEnvelope(
                UUID.randomUUID().toString(),
                Topic.CUSTOMER_CUSTOMER_ONBOARDED,
                "/comptoir/customer",
                Instant.now(),
                customer,
                "corr-" + customer,
                null,
                customer,
                Topic.CURRENT_VERSION,
                "{\"customerId\":\"%s\",\"name\":\"Awa\",\"email\":\"%s@example.com\"}"
                        .formatted(customer, customer)
                        .getBytes(StandardCharsets.UTF_8));
        Headers headers = CloudEventHeaders.write(envelope);
        header(headers, "dead-letter-exception-class-name", "com.mongodb.MongoTimeoutException");
        header(headers, "dead-letter-reason", "Timed out while waiting for a server");
        header(headers, "dead-letter-topic", "customer.customer.onboarded");
        header(headers, "dead-letter-partition", "0");
        header(headers, "dead-letter-offset", "42");
        KafkaProbe.send("deadletter.fraud", customer, headers, envelope.data());
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> item = read("/api/admin/dead-letters", "engine", "fraud")
                    .getMap("items.find { it.key == '" + customer + "' }");
            assertThat(item)
                    .isNotNull()
                    .containsEntry("status", "PENDING")
                    .containsEntry("reason", "Timed out while waiting for a server")
                    .containsEntry("partition", 0)
                    .containsEntry("offset", 42);
            id[0] = (String) item.get("id");
        });
        return id[0];
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** GET as an admin with query parameters (name, value, ...), expecting 200. */
    private static JsonPath read(String path, Object... query) {
        var request = admin();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header(AUTH, Tokens.admin());
    }
}
