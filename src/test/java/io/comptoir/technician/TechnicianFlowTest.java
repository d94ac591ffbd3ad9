package io.comptoir.technician;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

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
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The technician marketplace through the real APIs and Kafka: a customer's mission, technicians'
 * bids, one assignment (the others refused after), the billing engine's quote (DEV-…) made and
 * accepted from it, the completion by the assigned technician only and its invoice (FAC-…), once
 * even when the completion comes again; a completion billing sees first is quoted and invoiced too.
 */
@QuarkusTest
class TechnicianFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().header(AUTH, token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static Map<String, Object> xof(long amount) {
        return Map.of("amount", amount, "currency", "XOF");
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void missionBidsAssignmentQuoteCompletionInvoice() {
        String customer = Api.unique("client");
        String alice = Api.unique("tech-alice");
        String bob = Api.unique("tech-bob");
        String missionId = post(
                        Tokens.customer(customer),
                        "/api/missions",
                        Map.of(
                                "title",
                                "Install a solar water heater",
                                "budget",
                                xof(60_000),
                                "location",
                                "Cocody, Abidjan"))
                .statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("customerId", equalTo(customer))
                .extract()
                .path("id");

        post(Tokens.technician(alice), "/api/missions/" + missionId + "/bids", Map.of("amount", xof(55_000)))
                .statusCode(201);
        String bobBid = post(
                        Tokens.technician(bob),
                        "/api/missions/" + missionId + "/bids",
                        Map.of("amount", xof(48_000), "message", "Tomorrow morning"))
                .statusCode(201)
                .extract()
                .path("bidId");
        // once per technician; customers do not bid; a bid is in the budget's currency
        post(Tokens.technician(bob), "/api/missions/" + missionId + "/bids", Map.of("amount", xof(47_000)))
                .statusCode(409);
        post(Tokens.customer(customer), "/api/missions/" + missionId + "/bids", Map.of("amount", xof(1)))
                .statusCode(403);
        post(
                        Tokens.technician(Api.unique("tech-eur")),
                        "/api/missions/" + missionId + "/bids",
                        Map.of("amount", Map.of("amount", 5_000, "currency", "EUR")))
                .statusCode(422);

        // the customer sees every bid, a technician their own, another customer nothing
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/missions/" + missionId)
                .then()
                .statusCode(200)
                .body("bids", hasSize(2));
        given().header(AUTH, Tokens.technician(alice))
                .get("/api/missions/" + missionId)
                .then()
                .statusCode(200)
                .body("bids", hasSize(1))
                .body("bids[0].technicianId", equalTo(alice));
        given().header(AUTH, Tokens.customer(Api.unique("stranger")))
                .get("/api/missions/" + missionId)
                .then()
                .statusCode(404);
        post(Tokens.customer(Api.unique("stranger")), "/api/missions/" + missionId + "/assign", Map.of("bidId", bobBid))
                .statusCode(404);
        post(Tokens.customer(customer), "/api/missions/" + missionId + "/assign", Map.of("bidId", "nope"))
                .statusCode(422);
        post(Tokens.technician(bob), "/api/missions/" + missionId + "/complete", Map.of())
                .statusCode(409);

        post(Tokens.customer(customer), "/api/missions/" + missionId + "/assign", Map.of("bidId", bobBid))
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("technicianId", equalTo(bob))
                .body("price.amount", equalTo(48_000));
        // the others are refused from now on
        post(Tokens.customer(customer), "/api/missions/" + missionId + "/assign", Map.of("bidId", bobBid))
                .statusCode(409);
        post(
                        Tokens.technician(Api.unique("tech-late")),
                        "/api/missions/" + missionId + "/bids",
                        Map.of("amount", xof(40_000)))
                .statusCode(409);

        String quoteId = "mission-" + missionId;
        try (KafkaProbe probe = KafkaProbe.of(
                Topic.BILLING_QUOTE_CREATED.id(),
                Topic.BILLING_QUOTE_ACCEPTED.id(),
                Topic.BILLING_INVOICE_GENERATED.id(),
                Topic.TECHNICIAN_MISSION_COMPLETED.id())) {
            JsonNode quote = json(
                    probe.awaitOne(r -> r.topic().equals(Topic.BILLING_QUOTE_CREATED.id()) && quoteId.equals(r.key())));
            assertThat(quote.get("number").asText()).matches("DEV-\\d{4}-\\d{6}");
            assertThat(quote.get("customerId").asText()).isEqualTo(customer);
            assertThat(quote.get("total").get("amount").asLong()).isEqualTo(48_000);
            assertThat(quote.get("lines").get(0).get("description").asText()).isEqualTo("Install a solar water heater");
            probe.awaitOne(r -> r.topic().equals(Topic.BILLING_QUOTE_ACCEPTED.id()) && quoteId.equals(r.key()));
            given().header(AUTH, Tokens.customer(customer))
                    .get("/api/quotes/" + quoteId)
                    .then()
                    .statusCode(200)
                    .body("number", startsWith("DEV-"))
                    .body("status", equalTo("ACCEPTED"));

            // only the assigned technician completes, once
            post(Tokens.technician(alice), "/api/missions/" + missionId + "/complete", Map.of())
                    .statusCode(403);
            post(Tokens.technician(bob), "/api/missions/" + missionId + "/complete", Map.of())
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"));
            post(Tokens.technician(bob), "/api/missions/" + missionId + "/complete", Map.of())
                    .statusCode(409);

            ConsumerRecord<String, byte[]> completed = probe.awaitOne(
                    r -> r.topic().equals(Topic.TECHNICIAN_MISSION_COMPLETED.id()) && missionId.equals(r.key()));
            assertThat(json(completed).get("customerId").asText()).isEqualTo(customer);
            JsonNode invoice = json(probe.awaitOne(
                    r -> r.topic().equals(Topic.BILLING_INVOICE_GENERATED.id()) && quoteId.equals(r.key())));
            assertThat(invoice.get("number").asText()).matches("FAC-\\d{4}-\\d{6}");
            assertThat(invoice.get("quoteId").asText()).isEqualTo(quoteId);
            assertThat(invoice.get("customerId").asText()).isEqualTo(customer);
            assertThat(invoice.get("total").get("amount").asLong()).isEqualTo(48_000);
            given().header(AUTH, Tokens.customer(customer))
                    .get("/api/invoices/" + quoteId)
                    .then()
                    .statusCode(200)
                    .body("number", equalTo(invoice.get("number").asText()));

            // the completion again, under a new event id: no second quote nor invoice
            ForeignEvents.publish(Topic.TECHNICIAN_MISSION_COMPLETED, missionId, KafkaProbe.value(completed));
            probe.assertExactly(
                    r -> quoteId.equals(r.key())
                            && (r.topic().equals(Topic.BILLING_QUOTE_CREATED.id())
                                    || r.topic().equals(Topic.BILLING_INVOICE_GENERATED.id())),
                    2);
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/missions/stats")
                .then()
                .statusCode(200)
                .body("missions.COMPLETED", greaterThanOrEqualTo(1))
                .body("bids", greaterThanOrEqualTo(2))
                .body("completedValue.XOF", greaterThanOrEqualTo(48_000));
    }

    @Test
    void aCompletionBillingSeesFirstIsQuotedAndInvoiced() {
        String missionId = Api.unique("m");
        String customer = Api.unique("client");
        ForeignEvents.publish(
                Topic.TECHNICIAN_MISSION_COMPLETED,
                missionId,
                """
                {"missionId":"%s","technicianId":"tech-1","customerId":"%s","title":"Fix a leak","bidId":"b-1",\
                "amount":{"amount":15000,"currency":"XOF"},"completedAt":"%s"}"""
                        .formatted(missionId, customer, Instant.now()));
        String quoteId = "mission-" + missionId;
        try (KafkaProbe probe = KafkaProbe.of(Topic.BILLING_QUOTE_CREATED.id(), Topic.BILLING_INVOICE_GENERATED.id())) {
            probe.awaitOne(r -> r.topic().equals(Topic.BILLING_QUOTE_CREATED.id()) && quoteId.equals(r.key()));
            JsonNode invoice = json(probe.awaitOne(
                    r -> r.topic().equals(Topic.BILLING_INVOICE_GENERATED.id()) && quoteId.equals(r.key())));
            assertThat(invoice.get("total").get("amount").asLong()).isEqualTo(15_000);
        }
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String customer = Api.unique("client");
        post(Tokens.customer(customer), "/api/missions", Map.of("title", " ")).statusCode(400);
        post(Tokens.customer(customer), "/api/missions", Map.of("title", "x", "budget", xof(0)))
                .statusCode(400);
        post(Tokens.technician("tech"), "/api/missions", Map.of("title", "x")).statusCode(403);
        post(Tokens.technician("tech"), "/api/missions/nope/bids", Map.of("amount", xof(100)))
                .statusCode(404);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/missions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/missions/stats")
                .then()
                .statusCode(403);
    }
}
