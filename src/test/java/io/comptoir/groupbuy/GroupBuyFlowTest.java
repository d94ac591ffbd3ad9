package io.comptoir.groupbuy;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Group buys through the real APIs and Kafka: concurrent joins never lose a unit and announce each
 * tier once (and the pricing engine activates it once); at the deadline the group closes and the
 * order engine places one order per member at the tier's price, once even when the close comes
 * again; a group short of its first tier expires; bad input is refused and changes nothing.
 */
@QuarkusTest
class GroupBuyFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int MEMBERS = 16;

    private static Map<String, Object> xof(long amount) {
        return Map.of("amount", amount, "currency", "XOF");
    }

    private static Map<String, Object> group(String productId, String sku, Instant deadline) {
        return Map.of(
                "productId",
                productId,
                "sku",
                sku,
                "tiers",
                List.of(
                        Map.of("minQuantity", 10, "unitPrice", xof(22_000)),
                        Map.of("minQuantity", 20, "unitPrice", xof(20_000)),
                        Map.of("minQuantity", 100, "unitPrice", xof(18_000))),
                "deadline",
                deadline.toString());
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/group-buys")
                .then();
    }

    private static ValidatableResponse join(String groupId, String customer, Map<String, Object> body) {
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/group-buys/" + groupId + "/participants")
                .then();
    }

    private static ValidatableResponse join(String groupId, String customer, int quantity) {
        return join(groupId, customer, Map.of("quantity", quantity));
    }

    private static ValidatableResponse get(String groupId) {
        return given().get("/api/group-buys/" + groupId).then();
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void concurrentJoinsReachTiersOnceAndTheCloseOrdersEveryMemberAtTheTierPrice() throws Exception {
        String sku = Api.unique("GB");
        String productId = Api.createProduct(sku, 25_000);
        String groupId = create(group(productId, sku, Instant.now().plusSeconds(10)))
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("totalQuantity", equalTo(0))
                .body("nextTier.minQuantity", equalTo(10))
                .extract()
                .path("id");

        List<String> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(Api.unique("member" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
        try {
            List<Callable<Integer>> joins = members.stream()
                    .map(m -> (Callable<Integer>)
                            () -> join(groupId, m, 2).extract().statusCode())
                    .toList();
            for (Future<Integer> status : pool.invokeAll(joins)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // every unit counted: 16 × 2
        get(groupId)
                .statusCode(200)
                .body("totalQuantity", equalTo(32))
                .body("participants", equalTo(MEMBERS))
                .body("reachedTier.minQuantity", equalTo(20))
                .body("reachedTier.unitPrice.amount", equalTo(20_000))
                .body("nextTier.minQuantity", equalTo(100));

        // one membership per customer: raised, paid by card; never lowered; asking again changes nothing
        // (these calls, a few HTTP requests, are what must come before the deadline 10 s away)
        String first = members.getFirst();
        join(groupId, first, Map.of("quantity", 5, "paymentMethod", "CARD"))
                .statusCode(200)
                .body("membership.quantity", equalTo(5))
                .body("membership.paymentMethod", equalTo("CARD"))
                .body("group.totalQuantity", equalTo(35));
        join(groupId, first, 3).statusCode(409);
        join(groupId, first, Map.of("quantity", 5, "paymentMethod", "CARD"))
                .statusCode(200)
                .body("group.totalQuantity", equalTo(35));

        try (KafkaProbe probe = KafkaProbe.of(
                Topic.GROUPBUY_THRESHOLD_REACHED.id(),
                Topic.PRICING_TIER_ACTIVATED.id(),
                Topic.GROUPBUY_PARTICIPANT_JOINED.id(),
                Topic.GROUPBUY_GROUP_CLOSED.id(),
                Topic.ORDER_ORDER_PLACED.id())) {
            // each tier reached is announced once, and activated once by the pricing engine
            for (int tier : List.of(10, 20)) {
                probe.assertExactly(
                        r -> r.topic().equals(Topic.GROUPBUY_THRESHOLD_REACHED.id())
                                && groupId.equals(r.key())
                                && json(r).get("minQuantity").asInt() == tier,
                        1);
                probe.await(
                        r -> r.topic().equals(Topic.PRICING_TIER_ACTIVATED.id())
                                && groupId.equals(json(r).path("groupId").asText())
                                && json(r).get("minQuantity").asInt() == tier,
                        1,
                        WAIT);
            }
            probe.assertExactly(
                    r -> r.topic().equals(Topic.PRICING_TIER_ACTIVATED.id())
                            && groupId.equals(json(r).path("groupId").asText()),
                    2);
            JsonNode activated = json(probe.awaitOne(r -> r.topic().equals(Topic.PRICING_TIER_ACTIVATED.id())
                    && groupId.equals(json(r).path("groupId").asText())
                    && json(r).get("minQuantity").asInt() == 20));
            assertThat(activated.get("productId").asText()).isEqualTo(productId);
            assertThat(activated.get("sku").asText()).isEqualTo(sku);
            assertThat(activated.get("unitPrice").get("amount").asLong()).isEqualTo(20_000);
            assertThat(probe.matching(
                            r -> r.topic().equals(Topic.GROUPBUY_PARTICIPANT_JOINED.id()) && groupId.equals(r.key())))
                    .hasSize(MEMBERS + 1);

            // the deadline: closed at the tier reached, one order per member
            await().atMost(WAIT)
                    .until(() -> "CLOSED".equals(get(groupId).extract().path("status")));
            join(groupId, Api.unique("late"), 1).statusCode(409);
            ConsumerRecord<String, byte[]> closedRecord =
                    probe.awaitOne(r -> r.topic().equals(Topic.GROUPBUY_GROUP_CLOSED.id()) && groupId.equals(r.key()));
            JsonNode closed = json(closedRecord);
            assertThat(closed.get("unitPrice").get("amount").asLong()).isEqualTo(20_000);
            assertThat(closed.get("totalQuantity").asLong()).isEqualTo(35);
            assertThat(closed.get("participants")).hasSize(MEMBERS);

            List<Map<String, Object>> participants = given().header(AUTH, Tokens.admin())
                    .get("/api/group-buys/" + groupId + "/participants")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            Map<String, String> orderOf = new HashMap<>();
            participants.forEach(p -> orderOf.put((String) p.get("customerId"), (String) p.get("orderId")));
            assertThat(orderOf.keySet()).containsExactlyInAnyOrderElementsOf(members);
            Set<String> orderIds = Set.copyOf(orderOf.values());
            assertThat(orderIds).hasSize(MEMBERS);

            List<ConsumerRecord<String, byte[]>> placed = probe.await(
                    r -> r.topic().equals(Topic.ORDER_ORDER_PLACED.id()) && orderIds.contains(r.key()), MEMBERS, WAIT);
            for (ConsumerRecord<String, byte[]> record : placed) {
                JsonNode order = json(record);
                String customer = order.get("customerId").asText();
                int quantity = customer.equals(first) ? 5 : 2;
                assertThat(order.get("orderId").asText()).isEqualTo(orderOf.get(customer));
                JsonNode line = order.get("lines").get(0);
                assertThat(line.get("sku").asText()).isEqualTo(sku);
                assertThat(line.get("quantity").asInt()).isEqualTo(quantity);
                assertThat(line.get("unitPrice").get("amount").asLong()).isEqualTo(20_000);
                assertThat(order.get("total").get("amount").asLong()).isEqualTo(20_000L * quantity);
                assertThat(order.get("paymentMethod").asText())
                        .isEqualTo(customer.equals(first) ? "CARD" : "CASH_ON_DELIVERY");
            }
            given().header(AUTH, Tokens.customer(first))
                    .get("/api/orders/" + orderOf.get(first))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PLACED"))
                    .body("total.amount", equalTo(100_000));

            // the close delivered again, under a new event id: no order placed twice
            ForeignEvents.publish(Topic.GROUPBUY_GROUP_CLOSED, groupId, KafkaProbe.value(closedRecord));
            probe.assertExactly(
                    r -> r.topic().equals(Topic.ORDER_ORDER_PLACED.id()) && orderIds.contains(r.key()), MEMBERS);
        }
    }

    @Test
    void aGroupShortOfItsFirstTierExpiresAndOrdersNothing() {
        String sku = Api.unique("GBX");
        String groupId = create(group("product-" + sku, sku, Instant.now().plusSeconds(3)))
                .statusCode(201)
                .extract()
                .path("id");
        join(groupId, Api.unique("alone"), 9).statusCode(200).body("group.reachedTier", nullValue());
        await().atMost(WAIT).until(() -> "EXPIRED".equals(get(groupId).extract().path("status")));
        join(groupId, Api.unique("late"), 1).statusCode(409);
        try (KafkaProbe probe = KafkaProbe.of(
                Topic.GROUPBUY_GROUP_EXPIRED.id(),
                Topic.GROUPBUY_GROUP_CLOSED.id(),
                Topic.GROUPBUY_THRESHOLD_REACHED.id())) {
            JsonNode expired = json(probe.awaitOne(
                    r -> r.topic().equals(Topic.GROUPBUY_GROUP_EXPIRED.id()) && groupId.equals(r.key())));
            assertThat(expired.get("totalQuantity").asLong()).isEqualTo(9);
            assertThat(expired.get("participants").asInt()).isEqualTo(1);
            probe.assertExactly(
                    r -> groupId.equals(r.key()) && !r.topic().equals(Topic.GROUPBUY_GROUP_EXPIRED.id()), 0);
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/group-buys/stats")
                .then()
                .statusCode(200)
                .body("groups.EXPIRED", greaterThanOrEqualTo(1));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String sku = Api.unique("GBB");
        String product = Api.unique("p");
        Instant later = Instant.now().plus(Duration.ofHours(1));
        Map<String, Object> dearer = new HashMap<>(group(product, sku, later));
        dearer.put(
                "tiers",
                List.of(
                        Map.of("minQuantity", 10, "unitPrice", xof(20_000)),
                        Map.of("minQuantity", 20, "unitPrice", xof(21_000))));
        create(dearer).statusCode(422).body("errors.field", hasItem("tiers[1].unitPrice"));
        create(group(product, sku, Instant.now().minusSeconds(60)))
                .statusCode(422)
                .body("errors.field", hasItem("deadline"));
        create(Map.of("productId", product, "sku", sku)).statusCode(400);
        given().header(AUTH, Tokens.customer("someone"))
                .contentType(ContentType.JSON)
                .body(group(product, sku, later))
                .post("/api/group-buys")
                .then()
                .statusCode(403);
        given().get("/api/group-buys?productId=" + product)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        String groupId =
                create(group(product, sku, later)).statusCode(201).extract().path("id");
        join(groupId, "someone", 0).statusCode(400);
        join(groupId, "someone", Map.of("quantity", 1, "paymentMethod", "CHEQUE"))
                .statusCode(400);
        join("no-such-group", "someone", 1).statusCode(404);
        given().header(AUTH, Tokens.technician("tech"))
                .contentType(ContentType.JSON)
                .body(Map.of("quantity", 1))
                .post("/api/group-buys/" + groupId + "/participants")
                .then()
                .statusCode(403);
        get(groupId).statusCode(200).body("totalQuantity", equalTo(0)).body("participants", equalTo(0));
    }
}
