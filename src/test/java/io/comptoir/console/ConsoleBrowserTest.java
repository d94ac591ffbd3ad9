package io.comptoir.console;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.testing.Api;
import io.comptoir.testing.Browser;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

/**
 * The admin console in a real headless Chromium: an operator signs in with a token, and each page
 * shows what the API and Kafka produced. Screenshots land in {@code target/console-screenshots}.
 */
@QuarkusTest
class ConsoleBrowserTest {

    @TestHTTPResource("/console")
    URL console;

    /** Signs in on the token page and waits for the platform page. */
    private void signIn(Browser browser, String lang) {
        browser.get(console + "/login?lang=" + lang);
        browser.type("#token", Tokens.admin());
        browser.click("#login button[type=submit]");
        browser.until(d -> d.getCurrentUrl().endsWith("/console/platform"));
    }

    @Test
    void anOperatorSignsInAndSeesThePlatformLiveInFrenchAndEnglish() {
        try (Browser browser = Browser.open("fr")) {
            // Without a token every page leads to the token page; a customer's token is refused.
            browser.get(console + "/platform");
            // Loaded, so that the token page's script (not the browser) handles the form.
            browser.at("/console/login");
            browser.type("#token", Tokens.customer(Api.unique("cust")));
            browser.click("#login button[type=submit]");
            browser.untilText("#error", "administrateur");
            assertThat(browser.displayed("#error")).isTrue();

            signIn(browser, "fr");
            // The platform page redraws its lists every 5 s: each is read afresh, all it shows at once.
            assertThat(browser.untilText("#engines", "order · actif")).contains("catalog · actif");
            browser.untilText("#lag", "comptoir-order");
            browser.untilText("#kafka", "joignable");

            // An order placed through the API shows in the topics Kafka holds, and the chart is drawn.
            String sku = Api.unique("CNS");
            Api.placeOrderWhenOrderable(Api.unique("cust"), Api.createProduct(sku, 15_000), sku, 1);
            browser.untilText("#topics", "order.order.placed");
            // The live chart for that topic alone counts the placement among the events published.
            browser.select("#rates-topic", "order.order.placed");
            browser.until(d -> ((Number) browser.script("return Chart.getChart(document.getElementById('rates-chart'))"
                                    + ".data.datasets[0].data.reduce((a, b) => a + b, 0)"))
                            .longValue()
                    >= 1);
            browser.screenshot("platform-fr");

            browser.click("a[hreflang=en]");
            browser.untilText("h1", "Platform");
            assertThat(browser.text("#engines-title")).isEqualTo("Engines");
            assertThat(browser.texts("header nav a"))
                    .containsExactly("Platform", "Events", "Dead letters", "Reports", "Operations");
            browser.untilText("#engines", "order · on");
            browser.screenshot("platform-en");
        }
    }

    @Test
    void anOperatorReplaysADeadLetterWhichTheEngineThenProcessesAndDiscardsAPoisonOne() {
        // Two onboardings the notification engine dead-lettered, as SmallRye's failure strategy
        // writes them: one it failed on while its database was away (valid: worth replaying), one
        // whose payload is broken (to discard).
        String customer = Api.unique("dlq");
        String broken = Api.unique("dlq");
        String replayed = deadLetter(
                customer,
                """
                {"customerId":"%s","name":"Awa","email":"%s@example.ci","phone":"+2250700000000","language":"fr"}"""
                        .formatted(customer, customer),
                "Timed out after 30000 ms while waiting for a server");
        deadLetter(broken, "{\"customerId\":", "Unexpected end-of-input");

        try (Browser browser = Browser.open("fr")) {
            signIn(browser, "fr");
            browser.get(console + "/dead-letters");
            // Each decision reloads the list: rows are looked up by their key in the list of now.
            String row = letter(customer);
            assertThat(browser.text(row))
                    .contains("notification", "customer.customer.onboarded", "Timed out", "en attente");
            browser.screenshot("dead-letters-fr");

            // Replayed: it leaves the pending list, and the audit trail names the event sent back.
            browser.click(row + "//button[contains(@class, 'replay')]");
            browser.untilGone(row);
            assertThat(browser.untilText("#audit", replayed)).contains("DEAD_LETTER_REPLAYED");
            assertThat(browser.text("#letters")).doesNotContain(customer);
            // The engine handled the replayed event: it now knows the customer's contact.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                    .get("/api/notifications/preferences/" + customer)
                    .then()
                    .statusCode(200)
                    .body("contactKnown", equalTo(true)));

            // Discarding needs a reason; given one, the dead letter is set aside and audited.
            String poison = letter(broken);
            browser.click(poison + "//button[contains(@class, 'discard')]");
            browser.untilText("#error", "motif");
            browser.type(poison + "//input[contains(@class, 'reason')]", "payload cut by the old producer");
            browser.click(poison + "//button[contains(@class, 'discard')]");
            browser.untilGone(poison);
            assertThat(browser.untilText("#audit", "payload cut by the old producer"))
                    .contains("DEAD_LETTER_DISCARDED");

            // Both now show as decided, with who decided and why.
            browser.select("#status", "");
            browser.click("#filter button[type=submit]");
            assertThat(browser.untilText("#letters", "écarté")).contains("rejoué", "payload cut by the old producer");
            browser.screenshot("dead-letters-decided-fr");
        }
    }

    @Test
    void anOperatorBrowsesATopicAndFollowsAnOrderAcrossTopics() {
        String sku = Api.unique("EVT");
        String orderId = Api.placeOrderWhenOrderable(Api.unique("cust"), Api.createProduct(sku, 9_000), sku, 1);
        Api.changeStatus(orderId, "CONFIRMED").then().statusCode(200);

        try (Browser browser = Browser.open("en")) {
            signIn(browser, "en");
            browser.get(console + "/events");
            // The recent events of order.order.placed (the default topic) include this order's.
            // Its cells, read from one lookup: the row's text and its correlation id.
            List<String> placed = browser.texts("//tbody[@id='recent']/tr[td[text()='" + orderId + "']]/td");
            assertThat(String.join(" ", placed)).contains("order.order.placed");
            String correlationId = placed.get(3);
            assertThat(correlationId).isNotBlank();
            browser.screenshot("events-en");

            // Followed by its key: placed, then confirmed.
            browser.type("#trace-key", orderId);
            browser.click("#trace button[type=submit]");
            assertThat(browser.untilText("#timeline", "order.order.confirmed")).contains("order.order.placed");

            // Followed by the placement's correlation id: what it caused in other engines too (the
            // stock is keyed by sku, so the key's timeline above cannot show it).
            browser.type("#trace-key", "");
            browser.type("#trace-correlation", correlationId);
            browser.click("#trace button[type=submit]");
            assertThat(browser.untilText("#timeline", "inventory.stock.reserved"))
                    .contains("order.order.placed");
            browser.screenshot("events-trace-en");
        }
    }

    /** The dead letter of {@code key} in the list (the key is its own cell). */
    private static String letter(String key) {
        return "//tbody[@id='letters']/tr[td[text()='" + key + "']]";
    }

    /**
     * Writes an event of {@code customer.customer.onboarded} to the notification engine's
     * dead-letter topic; returns its event id.
     */
    private static String deadLetter(String customerId, String json, String reason) {
        Topic topic = Topic.CUSTOMER_CUSTOMER_ONBOARDED;
        String id = UUID.randomUUID().toString();
        Headers headers = CloudEventHeaders.write(new EventEnvelope(
                id,
                topic,
                "/comptoir/customer",
                Instant.now(),
                customerId,
                "corr-" + id,
                null,
                null,
                Topic.CURRENT_VERSION,
                json.getBytes(StandardCharsets.UTF_8)));
        headers.add(KafkaDeadLetterQueue.DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaDeadLetterQueue.DEAD_LETTER_TOPIC, topic.id().getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaDeadLetterQueue.DEAD_LETTER_PARTITION, "0".getBytes(StandardCharsets.UTF_8));
        headers.add(KafkaDeadLetterQueue.DEAD_LETTER_OFFSET, "0".getBytes(StandardCharsets.UTF_8));
        KafkaProbe.send("deadletter.notification", customerId, headers, json.getBytes(StandardCharsets.UTF_8));
        return id;
    }
}
