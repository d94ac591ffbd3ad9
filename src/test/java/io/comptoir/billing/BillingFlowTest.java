package io.comptoir.billing;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Metrics;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Billing through Kafka: a confirmed order is invoiced with a gap-free number, paid by the payment
 * engine's event whenever it comes, credited on refunds within what was invoiced; quotes are made,
 * accepted and invoiced; every document reads as JSON and prints as HTML.
 */
@QuarkusTest
class BillingFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String YEAR =
            Integer.toString(LocalDate.now(ZoneId.of("Africa/Abidjan")).getYear());

    /** A confirmed order of {@code quantity} units at {@code unitXof}; returns its id. */
    static String confirmedOrder(String customer, long unitXof, int quantity) {
        String sku = Api.unique("BIL");
        String orderId = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, unitXof), sku, quantity);
        Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
        return orderId;
    }

    static ValidatableResponse invoice(String id) {
        return given().header(AUTH, Tokens.admin()).get("/api/invoices/" + id).then();
    }

    static void awaitInvoice(String id, String status) {
        await().atMost(WAIT).untilAsserted(() -> invoice(id).statusCode(200).body("status", equalTo(status)));
    }

    static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(KafkaProbe.value(record));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConfirmedOrderIsInvoicedPaidAndCredited() {
        String customer = Api.unique("bill");
        try (KafkaProbe probe =
                KafkaProbe.of("billing.invoice.generated", "billing.invoice.paid", "billing.credit.issued")) {
            String orderId = confirmedOrder(customer, 25_000, 2);

            awaitInvoice(orderId, "ISSUED");
            String number = invoice(orderId)
                    .body("number", matchesPattern("FAC-" + YEAR + "-\\d{6}"))
                    .body("orderId", equalTo(orderId))
                    .body("customerId", equalTo(customer))
                    .body("lines[0].quantity", equalTo(2))
                    .body("lines[0].lineTotal.amount", equalTo(50_000))
                    .body("total.amount", equalTo(50_000))
                    .body("due.amount", equalTo(50_000))
                    .body(
                            "dueDate",
                            equalTo(LocalDate.now(ZoneId.of("Africa/Abidjan"))
                                    .plusDays(30)
                                    .toString()))
                    .extract()
                    .path("number");
            JsonNode generated =
                    json(probe.awaitOne(r -> r.topic().equals("billing.invoice.generated") && orderId.equals(r.key())));
            assertThat(generated.path("number").asText()).isEqualTo(number);
            assertThat(generated.path("total").path("amount").asLong()).isEqualTo(50_000);

            // The printable invoice, French figures.
            given().header(AUTH, Tokens.customer(customer))
                    .accept(ContentType.HTML)
                    .get("/api/invoices/" + orderId)
                    .then()
                    .statusCode(200)
                    .contentType(ContentType.HTML)
                    .body(containsString("Facture " + number))
                    .body(containsString("50\u202f000 XOF"))
                    .body(containsString("Reste dû"));
            given().header(AUTH, Tokens.customer(Api.unique("stranger")))
                    .get("/api/invoices/" + orderId)
                    .then()
                    .statusCode(404);

            // Paid by the payment engine's event, delivered twice under two event ids: paid once.
            String paymentId = Api.unique("pay");
            double handled = Metrics.eventsIn("billing", "payment.payment.completed", "handled");
            ForeignEvents.paymentCompleted(paymentId, orderId, customer, 50_000);
            ForeignEvents.paymentCompleted(paymentId, orderId, customer, 50_000);
            await().atMost(WAIT)
                    .until(() -> Metrics.eventsIn("billing", "payment.payment.completed", "handled") >= handled + 2);
            awaitInvoice(orderId, "PAID");
            invoice(orderId).body("paid.amount", equalTo(50_000)).body("payments.size()", equalTo(1));
            JsonNode paid =
                    json(probe.awaitOne(r -> r.topic().equals("billing.invoice.paid") && orderId.equals(r.key())));
            assertThat(paid.path("amount").path("amount").asLong()).isEqualTo(50_000);
            assertThat(paid.path("paymentId").asText()).isEqualTo(paymentId);

            // A partial refund credits 20,000; the order's full refund then credits what is left.
            ForeignEvents.paymentRefunded(paymentId, orderId, customer, 20_000, "re_1");
            await().atMost(WAIT)
                    .untilAsserted(() -> invoice(orderId).body("creditNotes.amount.amount", equalTo(List.of(20_000))));
            Api.changeStatus(orderId, "REFUNDED").then().statusCode(200);
            awaitInvoice(orderId, "CREDITED");
            invoice(orderId)
                    .body("credited.amount", equalTo(50_000))
                    .body("creditNotes.amount.amount", equalTo(List.of(20_000, 30_000)))
                    .body("creditNotes.number", everyItem(matchesPattern("AV-" + YEAR + "-\\d{6}")));
            // The same refund again credits nothing more.
            ForeignEvents.paymentRefunded(paymentId, orderId, customer, 20_000, "re_1");
            List<ConsumerRecord<String, byte[]>> credits = probe.await(
                    r -> r.topic().equals("billing.credit.issued")
                            && orderId.equals(json(r).path("invoiceId").asText()),
                    2,
                    WAIT);
            // Keyed by credit note: two partitions, so no order between them on the wire.
            assertThat(credits)
                    .extracting(r -> json(r).path("amount").path("amount").asLong())
                    .containsExactlyInAnyOrder(20_000L, 30_000L);
            probe.assertExactly(
                    r -> r.topic().equals("billing.credit.issued")
                            && orderId.equals(json(r).path("invoiceId").asText()),
                    2);

            String creditNoteId = invoice(orderId).extract().path("creditNotes[1].id");
            given().header(AUTH, Tokens.customer(customer))
                    .get("/api/credit-notes/" + creditNoteId)
                    .then()
                    .statusCode(200)
                    .body("invoiceNumber", equalTo(number))
                    .body("amount.amount", equalTo(30_000));
            given().header(AUTH, Tokens.customer(customer))
                    .accept(ContentType.HTML)
                    .get("/api/credit-notes/" + creditNoteId)
                    .then()
                    .statusCode(200)
                    .body(containsString("Avoir AV-" + YEAR))
                    .body(containsString("Facture " + number));
        }
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/invoices")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].customerId", equalTo(customer));
    }

    @Test
    void aPaymentBeforeTheConfirmationStillPaysTheInvoice() {
        String customer = Api.unique("early");
        String sku = Api.unique("BIL");
        String orderId = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 12_000), sku, 1);
        try (KafkaProbe probe = KafkaProbe.of("billing.invoice.generated", "billing.invoice.paid")) {
            double handled = Metrics.eventsIn("billing", "payment.payment.completed", "handled");
            ForeignEvents.paymentCompleted(Api.unique("pay"), orderId, customer, 12_000);
            await().atMost(WAIT)
                    .until(() -> Metrics.eventsIn("billing", "payment.payment.completed", "handled") > handled);
            Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);
            awaitInvoice(orderId, "PAID");
            // Two topics: no order between them.
            assertThat(probe.await(r -> orderId.equals(r.key()), 2, WAIT))
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("billing.invoice.generated", "billing.invoice.paid");
        }
    }

    @Test
    void refundsAndCancellationsCreditTheInvoiceWhicheverComesFirst() {
        // A refund seen before the invoice is credited when the invoice is issued.
        String customer = Api.unique("early");
        String sku = Api.unique("BIL");
        String refundedFirst = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 10_000), sku, 1);
        double handled = Metrics.eventsIn("billing", "payment.payment.refunded", "handled");
        ForeignEvents.paymentRefunded(Api.unique("pay"), refundedFirst, customer, 4_000, "re_early");
        await().atMost(WAIT).until(() -> Metrics.eventsIn("billing", "payment.payment.refunded", "handled") > handled);
        Api.changeStatus(refundedFirst, "CONFIRMED").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> invoice(refundedFirst)
                .statusCode(200)
                .body("creditNotes.amount.amount", equalTo(List.of(4_000)))
                .body("due.amount", equalTo(6_000)));

        // A cancellation after the invoice credits what is left.
        String cancelled = confirmedOrder(customer, 7_000, 1);
        awaitInvoice(cancelled, "ISSUED");
        Api.changeStatus(cancelled, "CANCELLED").then().statusCode(200);
        awaitInvoice(cancelled, "CREDITED");
        invoice(cancelled).body("credited.amount", equalTo(7_000)).body("due.amount", equalTo(0));
    }

    @Test
    void quotesAreNumberedAcceptedAndInvoiced() {
        String customer = Api.unique("client");
        Map<String, Object> body = Map.of(
                "customerId",
                customer,
                "lines",
                List.of(
                        Map.of(
                                "description",
                                "Installation",
                                "quantity",
                                2,
                                "unitPrice",
                                Map.of("amount", 15_000, "currency", "XOF")),
                        Map.of(
                                "description",
                                "Câble",
                                "sku",
                                "CBL-10",
                                "quantity",
                                10,
                                "unitPrice",
                                Map.of("amount", 1_250, "currency", "XOF"))));
        String quoteId;
        try (KafkaProbe probe = KafkaProbe.of("billing.quote.created", "billing.quote.accepted")) {
            quoteId = given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/quotes")
                    .then()
                    .statusCode(201)
                    .body("number", matchesPattern("DEV-" + YEAR + "-\\d{6}"))
                    .body("status", equalTo("OPEN"))
                    .body("total.amount", equalTo(42_500))
                    .extract()
                    .path("id");
            given().header(AUTH, Tokens.customer(customer))
                    .accept(ContentType.HTML)
                    .get("/api/quotes/" + quoteId)
                    .then()
                    .statusCode(200)
                    .body(containsString("Devis DEV-" + YEAR))
                    .body(containsString("42\u202f500 XOF"));
            given().header(AUTH, Tokens.customer(Api.unique("stranger")))
                    .post("/api/quotes/" + quoteId + "/accept")
                    .then()
                    .statusCode(404);
            given().header(AUTH, Tokens.customer(customer))
                    .post("/api/quotes/" + quoteId + "/accept")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
            String id = quoteId;
            assertThat(probe.await(r -> id.equals(r.key()), 2, WAIT))
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("billing.quote.created", "billing.quote.accepted");
        }

        String number = given().header(AUTH, Tokens.admin())
                .post("/api/quotes/" + quoteId + "/invoice")
                .then()
                .statusCode(201)
                .body("number", matchesPattern("FAC-" + YEAR + "-\\d{6}"))
                .body("quoteId", equalTo(quoteId))
                .body("status", equalTo("ISSUED"))
                .body("total.amount", equalTo(42_500))
                .extract()
                .path("number");
        given().header(AUTH, Tokens.admin())
                .post("/api/quotes/" + quoteId + "/invoice")
                .then()
                .statusCode(201)
                .body("number", equalTo(number));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/quotes/" + quoteId)
                .then()
                .body("status", equalTo("INVOICED"));

        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/quotes")
                .then()
                .statusCode(403);
        postQuote(Map.of("customerId", customer, "lines", List.of(line(1, 1, "XOF"), line(1, 1, "EUR"))))
                .statusCode(422)
                .body("errors[0].field", equalTo("lines"));
        postQuote(Map.of("customerId", customer, "lines", List.of(line(0, 1, "XOF"))))
                .statusCode(400);
        postQuote(Map.of("customerId", customer, "validUntil", "2020-01-01", "lines", List.of(line(1, 1, "XOF"))))
                .statusCode(422)
                .body("errors[0].field", equalTo("validUntil"));
    }

    static Map<String, Object> line(int quantity, long amount, String currency) {
        return Map.of(
                "description",
                "Service",
                "quantity",
                quantity,
                "unitPrice",
                Map.of("amount", amount, "currency", currency));
    }

    static ValidatableResponse postQuote(Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/quotes")
                .then();
    }

    @Test
    void invoiceNumbersHaveNoGapsUnderConcurrency() throws Exception {
        String customer = Api.unique("bulk");
        Map<String, Object> body = Map.of("customerId", customer, "lines", List.of(line(1, 5_000, "XOF")));
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            quotes.add(postQuote(body).statusCode(201).extract().path("id"));
        }
        List<String> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Callable<String>> invoicing = quotes.stream()
                    .<Callable<String>>map(id -> () -> given().header(AUTH, Tokens.admin())
                            .post("/api/quotes/" + id + "/invoice")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("number"))
                    .toList();
            for (Future<String> number : pool.invokeAll(invoicing)) {
                numbers.add(number.get());
            }
        }
        assertThat(new HashSet<>(numbers)).hasSize(12);
        assertThat(numbers).allSatisfy(n -> assertThat(n).matches("FAC-" + YEAR + "-\\d{6}"));

        // Every invoice number of the year so far, from every test: 1..n without a hole.
        Set<Long> ranks = new HashSet<>();
        int page = 0;
        while (true) {
            List<String> found = given().header(AUTH, Tokens.admin())
                    .queryParam("page", page++)
                    .queryParam("size", 100)
                    .get("/api/invoices")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.number");
            found.stream()
                    .filter(n -> n != null && n.startsWith("FAC-" + YEAR + "-"))
                    .forEach(n -> ranks.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1))));
            if (found.size() < 100) {
                break;
            }
        }
        long highest = ranks.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(ranks)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, highest).boxed().toList());
    }
}
