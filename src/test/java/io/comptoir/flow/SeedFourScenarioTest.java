package io.comptoir.flow;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's flow end to end, through the customer and notification engines' real APIs and the
 * real broker: onboard → welcome; activate → confirmation; profile → {@code profiled} then
 * {@code promoted} → congratulations; each message sent by email and SMS and announced on
 * {@code notification.*.sent}. Black box (what reached the mailer is NotificationFlowTest's), so
 * it runs against the packaged application too.
 */
@QuarkusTest
class SeedFourScenarioTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void onboardActivateProfilePromoteAndEachStepIsNotified() {
        String id = Api.unique("seed4");
        String email = id + "@example.ci";
        String phone = "+22507" + (10_000_000 + Math.floorMod(id.hashCode(), 90_000_000));
        try (KafkaProbe probe = KafkaProbe.of(
                "customer.customer.profiled",
                "customer.customer.promoted",
                "notification.email.sent",
                "notification.sms.sent")) {
            given().header(AUTH, Tokens.customer(id))
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "Aïcha Diallo", "email", email, "phone", phone))
                    .post("/api/customers")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("PENDING"));
            awaitEmail(id, "welcome").body("subject", equalTo("Bienvenue chez Comptoir, Aïcha Diallo"));

            admin("/api/customers/" + id + "/activate", null).statusCode(200).body("status", equalTo("ACTIVE"));
            awaitEmail(id, "account-activated").body("subject", equalTo("Votre compte est activé"));

            // Seed 004's profiling example: young, good credit, first payment → eligible, promoted to GOLD.
            admin(
                            "/api/customers/" + id + "/profile",
                            Map.of(
                                    "age",
                                    28,
                                    "income",
                                    Map.of("amount", 45_000_000, "currency", "XOF"),
                                    "creditScore",
                                    720,
                                    "firstPayment",
                                    true))
                    .statusCode(200)
                    .body("tier", equalTo("GOLD"))
                    .body("profile.eligible", equalTo(true));
            ConsumerRecord<String, byte[]> profiled = probe.awaitOne(on("customer.customer.profiled", id));
            ConsumerRecord<String, byte[]> promoted = probe.awaitOne(on("customer.customer.promoted", id));
            assertThat(profiled.timestamp()).isLessThanOrEqualTo(promoted.timestamp());
            assertThat(new JsonPath(KafkaProbe.value(promoted)).getString("tier"))
                    .isEqualTo("GOLD");

            awaitEmail(id, "customer-promoted")
                    .body("subject", equalTo("Vous passez au niveau GOLD"))
                    .body("recipient", equalTo(email))
                    .body("body", containsString("Félicitations Aïcha Diallo, votre compte passe au niveau GOLD."));

            // Each of the three steps went out by email and by SMS, and each send was announced once.
            List<ConsumerRecord<String, byte[]>> sent =
                    probe.await(r -> id.equals(r.key()) && r.topic().startsWith("notification."), 6, WAIT);
            assertThat(sent)
                    .extracting(r -> r.topic() + " " + new JsonPath(KafkaProbe.value(r)).getString("template"))
                    .containsExactlyInAnyOrder(
                            "notification.email.sent welcome",
                            "notification.sms.sent welcome",
                            "notification.email.sent account-activated",
                            "notification.sms.sent account-activated",
                            "notification.email.sent customer-promoted",
                            "notification.sms.sent customer-promoted");
        }
        given().header(AUTH, Tokens.customer(id))
                .get("/api/notifications/messages")
                .then()
                .statusCode(200)
                .body("total", equalTo(6))
                .body("items.findAll { it.status == 'SENT' }.size()", equalTo(6));
        given().header(AUTH, Tokens.customer(id))
                .get("/api/customers/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("tier", equalTo("GOLD"));
    }

    /** The customer's email of {@code template}, once the mailer has taken it. */
    private static ValidatableResponse awaitEmail(String customerId, String template) {
        var message = given().header(AUTH, Tokens.admin())
                .queryParam("customerId", customerId)
                .queryParam("template", template)
                .queryParam("channel", "EMAIL")
                .queryParam("status", "SENT");
        await().atMost(WAIT).until(() -> message.get("/api/notifications/messages")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("total")
                .equals(1));
        return message.get("/api/notifications/messages").then().rootPath("items[0]");
    }

    private static ValidatableResponse admin(String path, Object body) {
        var request = given().header(AUTH, Tokens.admin());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post(path).then();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> on(String topic, String key) {
        return r -> r.topic().equals(topic) && key.equals(r.key());
    }
}
