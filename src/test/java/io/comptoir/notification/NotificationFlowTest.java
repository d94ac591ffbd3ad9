package io.comptoir.notification;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Quiet;
import io.comptoir.testing.Tokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Events of the other engines become emails (in the mock mailbox) and SMS (the recording gateway)
 * in the customer's language, on the channels they chose, once per trigger; failures are retried,
 * then reported; admins send directly.
 */
@QuarkusTest
class NotificationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NNBSP = "\u202f";

    @Inject
    MockMailbox mailbox;

    // --- Helpers ----------------------------------------------------------------------------

    private static String phone() {
        return "+22507" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    }

    /** Publishes the customer engine's onboarding and waits until this engine knows the contact. */
    private static void onboard(String customerId, String name, String email, String phone, String language) {
        ForeignEvents.publish(
                Topic.CUSTOMER_CUSTOMER_ONBOARDED,
                customerId,
                """
                {"customerId":"%s","name":"%s","email":"%s","phone":"%s","language":"%s"}"""
                        .formatted(customerId, name, email, phone, language));
        await().atMost(WAIT).untilAsserted(() -> given().header(AUTH, Tokens.admin())
                .get("/api/notifications/preferences/" + customerId)
                .then()
                .statusCode(200)
                .body("contactKnown", equalTo(true)));
    }

    private static String orderPlaced(String orderId, String customerId, long xof) {
        return """
                {"orderId":"%s","customerId":"%s","lines":[{"productId":"p-1","sku":"SKU-1","name":"Casque",\
                "quantity":1,"listPrice":{"amount":%d,"currency":"XOF"},"unitPrice":{"amount":%d,"currency":"XOF"},\
                "lineTotal":{"amount":%d,"currency":"XOF"}}],"subtotal":{"amount":%d,"currency":"XOF"},\
                "discounts":[],"total":{"amount":%d,"currency":"XOF"},"paymentMethod":"CASH_ON_DELIVERY",\
                "placedAt":"%s"}"""
                .formatted(orderId, customerId, xof, xof, xof, xof, xof, Instant.now());
    }

    private static void orderStatus(Topic topic, String orderId, String customerId, String from, String to) {
        ForeignEvents.publish(
                topic,
                orderId,
                """
                {"orderId":"%s","customerId":"%s","previousStatus":"%s","status":"%s",\
                "total":{"amount":24907,"currency":"XOF"},"changedAt":"%s"}"""
                        .formatted(orderId, customerId, from, to, Instant.now()));
    }

    private static void payment(Topic topic, String paymentId, String customerId) {
        String json = topic == Topic.PAYMENT_PAYMENT_COMPLETED
                ? """
                {"paymentId":"%s","orderId":"ORD-%s","customerId":"%s","amount":{"amount":15000,"currency":"XOF"},\
                "provider":"stripe","completedAt":"%s"}"""
                        .formatted(paymentId, paymentId, customerId, Instant.now())
                : """
                {"paymentId":"%s","orderId":"ORD-%s","customerId":"%s","amount":{"amount":15000,"currency":"XOF"},\
                "errorCode":"card_declined","retryable":false}"""
                        .formatted(paymentId, paymentId, customerId);
        ForeignEvents.publish(topic, paymentId, json);
    }

    private List<Mail> awaitMails(String address, int count) {
        await().atMost(WAIT).until(() -> mailbox.getMailsSentTo(address).size() >= count);
        return mailbox.getMailsSentTo(address);
    }

    private static List<String> awaitTexts(String phone, int count) {
        await().atMost(WAIT).until(() -> RecordingSmsProvider.textsTo(phone).size() >= count);
        return RecordingSmsProvider.textsTo(phone);
    }

    private static int messageCount(String customerId) {
        return given().header(AUTH, Tokens.admin())
                .queryParam("customerId", customerId)
                .get("/api/notifications/messages")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static io.restassured.response.ValidatableResponse putPreferences(
            String token, String customerId, Map<String, Object> body) {
        return given().header(AUTH, token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/notifications/preferences/" + customerId)
                .then();
    }

    // --- Tests ------------------------------------------------------------------------------

    @Test
    void anOrderPlacedThroughTheOrderApiIsMailedAndTextedOnceInFrench() {
        String customer = Api.unique("notif");
        String email = customer + "@example.ci";
        String phone = phone();
        onboard(customer, "Awa Koné", email, phone, "fr");
        assertThat(awaitMails(email, 1).getFirst().getSubject()).isEqualTo("Bienvenue chez Comptoir, Awa Koné");

        try (KafkaProbe probe = KafkaProbe.of("notification.email.sent", "notification.sms.sent")) {
            String sku = Api.unique("NTF");
            String orderId = Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 24_907), sku, 1);
            Mail mail = awaitMails(email, 2).get(1);
            assertThat(mail.getSubject()).isEqualTo("Commande " + orderId + " reçue");
            assertThat(mail.getText())
                    .startsWith("Bonjour Awa Koné,\n\nNous avons bien reçu votre commande " + orderId + " de ")
                    .endsWith(" XOF.\n\nL'équipe Comptoir");
            assertThat(awaitTexts(phone, 2).get(1)).startsWith("Nous avons bien reçu votre commande " + orderId);

            List<ConsumerRecord<String, byte[]>> sent = probe.await(
                    r -> customer.equals(r.key()) && KafkaProbe.value(r).contains("\"order-placed\""), 2, WAIT);
            assertThat(sent)
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("notification.email.sent", "notification.sms.sent");
            assertThat(KafkaProbe.value(sent.stream()
                            .filter(r -> r.topic().equals("notification.email.sent"))
                            .findFirst()
                            .orElseThrow()))
                    .contains("\"channel\":\"email\"", "\"recipient\":\"" + email + "\"");

            // The same placement again, under a new event id (a replay): nothing is sent twice.
            ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, orderId, orderPlaced(orderId, customer, 24_907));
            probe.assertExactly(
                    r -> customer.equals(r.key()) && KafkaProbe.value(r).contains("\"order-placed\""), 2);
            assertThat(mailbox.getMailsSentTo(email)).hasSize(2);
        }
    }

    @Test
    void anEnglishCustomerIsWrittenToInEnglish() {
        String customer = Api.unique("notif");
        String email = customer + "@example.com";
        String phone = phone();
        onboard(customer, "Jane Doe", email, phone, "en");
        ForeignEvents.publish(
                Topic.BILLING_INVOICE_GENERATED,
                "inv-" + customer,
                """
                {"invoiceId":"inv-%s","number":"FAC-2026-000123","customerId":"%s","orderId":"ORD-9",\
                "total":{"amount":24907,"currency":"XOF"},"dueDate":"2026-12-30"}"""
                        .formatted(customer, customer));
        List<Mail> mails = awaitMails(email, 2);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Welcome to Comptoir, Jane Doe");
        Mail invoice = mails.stream()
                .filter(m -> m.getSubject().startsWith("Invoice"))
                .findFirst()
                .orElseThrow();
        assertThat(invoice.getSubject()).isEqualTo("Invoice FAC-2026-000123");
        assertThat(invoice.getText())
                .isEqualTo("Hello Jane Doe,\n\nYour invoice FAC-2026-000123 for 24,907 XOF is ready, due by"
                        + " December 30, 2026.\n\nThe Comptoir team");
        assertThat(awaitTexts(phone, 2))
                .contains("Your invoice FAC-2026-000123 for 24,907 XOF is ready, due by December 30, 2026.");
    }

    @Test
    void channelPreferencesAndOptOutsAreRespected() {
        String customer = Api.unique("notif");
        String email = customer + "@example.ci";
        String phone = phone();
        onboard(customer, "Kofi", email, phone, "fr");
        awaitMails(email, 1);

        putPreferences(Tokens.customer(customer), customer, Map.of("channels", List.of("SMS"), "optedOut", false))
                .statusCode(200)
                .body("channels", contains("SMS"))
                .body("optedOut", equalTo(false))
                .body("language", equalTo("fr"));
        payment(Topic.PAYMENT_PAYMENT_COMPLETED, "pay-" + customer, customer);
        assertThat(awaitTexts(phone, 2).get(1))
                .isEqualTo("Nous avons reçu votre paiement de 15" + NNBSP + "000 XOF pour la commande ORD-pay-"
                        + customer + ".");
        assertThat(mailbox.getMailsSentTo(email))
                .as("no email: the customer chose SMS")
                .hasSize(1);
        assertThat(messageCount(customer)).isEqualTo(3); // welcome by email and SMS, the payment by SMS

        putPreferences(Tokens.admin(), customer, Map.of("channels", List.of("SMS", "EMAIL"), "optedOut", true))
                .statusCode(200)
                .body("optedOut", equalTo(true));
        payment(Topic.PAYMENT_PAYMENT_FAILED, "fail-" + customer, customer);
        Quiet.settle();
        assertThat(messageCount(customer)).isEqualTo(3);
        assertThat(RecordingSmsProvider.textsTo(phone)).hasSize(2);

        // Only the customer (or an admin) sees and sets them, and only with valid values.
        putPreferences(Tokens.customer("someone-else"), customer, Map.of("channels", List.of("SMS")))
                .statusCode(403);
        given().header(AUTH, Tokens.customer("someone-else"))
                .get("/api/notifications/preferences/" + customer)
                .then()
                .statusCode(403);
        putPreferences(Tokens.customer(customer), customer, Map.of("channels", List.of("PIGEON")))
                .statusCode(400)
                .contentType("application/problem+json");
        putPreferences(Tokens.customer(customer), customer, Map.of("channels", List.of("SMS"), "language", "de"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("language"));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/notifications/preferences/" + customer)
                .then()
                .statusCode(200)
                .body("optedOut", equalTo(true))
                .body("channels", contains("EMAIL", "SMS"));
    }

    @Test
    void pushAndWhatsAppGoThroughTheirProvidersLoggingDefault() {
        String customer = Api.unique("notif");
        String phone = phone();
        putPreferences(
                        Tokens.customer(customer),
                        customer,
                        Map.of("channels", List.of("WHATSAPP", "PUSH"), "language", "en"))
                .statusCode(200)
                .body("contactKnown", equalTo(false))
                .body("channels", contains("PUSH", "WHATSAPP"));
        try (KafkaProbe probe = KafkaProbe.of("notification.push.sent", "notification.whatsapp.sent")) {
            // Preferences chosen before the contact arrived are kept, English included.
            onboard(customer, "Ama", customer + "@example.ci", phone, "fr");
            List<ConsumerRecord<String, byte[]>> sent = probe.await(r -> customer.equals(r.key()), 2, WAIT);
            assertThat(sent)
                    .extracting(ConsumerRecord::topic)
                    .containsExactlyInAnyOrder("notification.push.sent", "notification.whatsapp.sent");
        }
        given().header(AUTH, Tokens.customer(customer))
                .queryParam("channel", "PUSH")
                .get("/api/notifications/messages")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].recipient", equalTo(customer))
                .body("items[0].subject", equalTo("Welcome to Comptoir, Ama"))
                .body(
                        "items[0].body",
                        equalTo("Your account is ready. We will write to you here about each of your orders."));
        given().header(AUTH, Tokens.customer(customer))
                .queryParam("channel", "WHATSAPP")
                .get("/api/notifications/messages")
                .then()
                .body("items[0].recipient", equalTo(phone))
                .body("items[0].status", equalTo("SENT"));
        assertThat(mailbox.getMailsSentTo(customer + "@example.ci")).isEmpty();
        assertThat(RecordingSmsProvider.textsTo(phone)).isEmpty();
    }

    @Test
    void aFailingChannelIsRetriedThenReportedOnTheFailureTopic() {
        String customer = Api.unique("notif");
        String email = customer + "@example.ci";
        String phone = phone();
        RecordingSmsProvider.FAILING.add(phone);
        try (KafkaProbe probe = KafkaProbe.of("notification.message.failed", "notification.email.sent")) {
            onboard(customer, "Moussa", email, phone, "fr");
            orderStatus(Topic.ORDER_ORDER_SHIPPED, "ORD-" + customer, customer, "CONFIRMED", "SHIPPED");

            assertThat(awaitMails(email, 2).get(1).getText())
                    .isEqualTo("Bonjour Moussa,\n\nVotre commande ORD-" + customer
                            + " est en route.\n\nL'équipe Comptoir");
            // Three attempts (the test configuration), 200 ms then 400 ms apart, then given up.
            List<ConsumerRecord<String, byte[]>> failed = probe.await(
                    r -> r.topic().equals("notification.message.failed") && customer.equals(r.key()), 2, WAIT);
            assertThat(failed)
                    .extracting(KafkaProbe::value)
                    .allSatisfy(v -> assertThat(v)
                            .contains(
                                    "\"channel\":\"sms\"", "\"attempts\":3", "\"reason\":\"SMS gateway unreachable\""))
                    .anySatisfy(v -> assertThat(v).contains("\"template\":\"welcome\""))
                    .anySatisfy(v -> assertThat(v).contains("\"template\":\"order-shipped\""));
            given().header(AUTH, Tokens.admin())
                    .get("/api/notifications/messages/order-shipped:" + customer + ":ORD-" + customer + ":sms")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("FAILED"))
                    .body("attempts", equalTo(3))
                    .body("lastError", equalTo("SMS gateway unreachable"))
                    .body("body", equalTo("Votre commande ORD-" + customer + " est en route."));
            probe.assertExactly(r -> r.topic().equals("notification.message.failed") && customer.equals(r.key()), 2);
        } finally {
            RecordingSmsProvider.FAILING.remove(phone);
        }
        given().header(AUTH, Tokens.admin())
                .get("/api/notifications/stats")
                .then()
                .statusCode(200)
                .body("failed.SMS", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("byTemplate.order-shipped.FAILED", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/notifications/stats")
                .then()
                .statusCode(403);
    }

    @Test
    void missionsAndGroupBuysAreAddressedFromWhatWasKept() {
        String customer = Api.unique("notif");
        String neighbour = Api.unique("notif");
        String email = customer + "@example.ci";
        onboard(customer, "Awa", email, phone(), "fr");
        onboard(neighbour, "Yao", neighbour + "@example.ci", phone(), "fr");

        // The completion comes before the creation: the review request waits for the mission's title.
        String mission = "mis-" + customer;
        ForeignEvents.publish(
                Topic.TECHNICIAN_MISSION_COMPLETED,
                mission,
                """
                {"missionId":"%s","technicianId":"tech-1","customerId":"%s","title":"Pose d'un climatiseur",\
                "bidId":"bid-1","amount":{"amount":35000,"currency":"XOF"},"completedAt":"%s"}"""
                        .formatted(mission, customer, Instant.now()));
        ForeignEvents.publish(
                Topic.TECHNICIAN_MISSION_ASSIGNED,
                mission,
                """
                {"missionId":"%s","customerId":"%s","title":"Pose d'un climatiseur","technicianId":"tech-1",\
                "bidId":"bid-1","amount":{"amount":35000,"currency":"XOF"}}"""
                        .formatted(mission, customer));
        ForeignEvents.publish(
                Topic.TECHNICIAN_MISSION_CREATED,
                mission,
                """
                {"missionId":"%s","customerId":"%s","title":"Pose d'un climatiseur"}"""
                        .formatted(mission, customer));
        await().atMost(WAIT).untilAsserted(() -> assertThat(mailbox.getMailsSentTo(email))
                .extracting(Mail::getSubject)
                .contains("Mission « Pose d'un climatiseur » attribuée", "Votre avis sur « Pose d'un climatiseur »"));

        String group = "grp-" + customer;
        for (String participant : List.of(customer, neighbour)) {
            ForeignEvents.publish(
                    Topic.GROUPBUY_PARTICIPANT_JOINED,
                    group,
                    """
                    {"groupId":"%s","customerId":"%s","quantity":10,"totalQuantity":20}"""
                            .formatted(group, participant));
        }
        ForeignEvents.publish(
                Topic.GROUPBUY_THRESHOLD_REACHED,
                group,
                """
                {"groupId":"%s","productId":"p-1","sku":"SKU-1","minQuantity":20,"unitPrice":{"amount":9000,"currency":"XOF"},\
                "totalQuantity":20}"""
                        .formatted(group));
        for (String address : List.of(email, neighbour + "@example.ci")) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(mailbox.getMailsSentTo(address))
                    .extracting(Mail::getText)
                    .anySatisfy(text -> assertThat(text)
                            .contains(
                                    "Le groupe a atteint 20 unités : le prix passe à 9" + NNBSP + "000 XOF l'unité.")));
        }
    }

    @Test
    void adminsSendEmailsAndSmsDirectly() {
        String address = Api.unique("direct") + "@example.ci";
        String phone = phone();
        try (KafkaProbe probe = KafkaProbe.of("notification.email.sent", "notification.sms.sent")) {
            String id = given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("to", address, "subject", "Bienvenido", "text", "Tu cuenta ha sido activada"))
                    .post("/api/notifications/email")
                    .then()
                    .statusCode(202)
                    .header("Location", containsString("/api/notifications/messages/direct:"))
                    .body("status", equalTo("SENT"))
                    .body("template", equalTo("direct"))
                    .extract()
                    .path("id");
            Mail mail = awaitMails(address, 1).getFirst();
            assertThat(mail.getSubject()).isEqualTo("Bienvenido");
            assertThat(mail.getText()).isEqualTo("Tu cuenta ha sido activada");
            assertThat(KafkaProbe.value(probe.awaitOne(r -> KafkaProbe.value(r).contains(id))))
                    .contains("\"template\":\"direct\"", "\"recipient\":\"" + address + "\"");

            given().header(AUTH, Tokens.admin())
                    .contentType(ContentType.JSON)
                    .body(Map.of("to", phone, "message", "Votre colis arrive demain"))
                    .post("/api/notifications/sms")
                    .then()
                    .statusCode(202)
                    .body("channel", equalTo("SMS"))
                    .body("status", equalTo("SENT"));
            assertThat(awaitTexts(phone, 1)).containsExactly("Votre colis arrive demain");
            probe.awaitOne(r -> r.topic().equals("notification.sms.sent")
                    && KafkaProbe.value(r).contains(phone));
        }

        // Admins only, and only well-formed messages: nothing is sent otherwise.
        given().header(AUTH, Tokens.customer("c-1"))
                .contentType(ContentType.JSON)
                .body(Map.of("to", address, "subject", "Hi", "text", "Hello"))
                .post("/api/notifications/email")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "not-an-address", "subject", "", "text", "Hello"))
                .post("/api/notifications/email")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("to", "subject"));
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "0700000000", "message", "Hello"))
                .post("/api/notifications/sms")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("to"));
        assertThat(RecordingSmsProvider.textsTo("0700000000")).isEmpty();
        assertThat(mailbox.getMailsSentTo("not-an-address")).isEmpty();
    }
}
