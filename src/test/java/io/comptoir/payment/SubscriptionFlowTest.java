package io.comptoir.payment;

import static io.comptoir.payment.PaymentFlows.WAIT;
import static io.comptoir.payment.PaymentFlows.deliver;
import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.StripeDouble;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions through Kafka (seed 002): the customer side asks, the payment engine sets them up
 * with Stripe Billing and answers over Kafka; Stripe's events then move them and their recurring
 * payments, each once, whatever the API version they were sent with.
 */
@QuarkusTest
class SubscriptionFlowTest {

    private static final String PLAN = "price_comptoir_premium";
    private final StripeDouble stripe = StripeDouble.get();

    @Test
    void aSubscriptionIsSetUpThenActivatedAndPaidEveryPeriodOnce() {
        String customer = Api.unique("abo");
        String id = customer + "-" + PLAN;
        subscribe(customer, PLAN, "pm_card_visa")
                .statusCode(200)
                .body("subscriptionId", equalTo(id))
                .body("status", equalTo("INCOMPLETE"))
                .body("clientSecret", startsWith("pi_"));
        subscribe(customer, PLAN, "pm_card_visa").statusCode(409);

        LoggedRequest created = only(stripe.requests("POST", "/v1/subscriptions"), "metadata[subscription_id]", id);
        assertThat(created.getHeader("Idempotency-Key")).isEqualTo(id + "-1");
        assertThat(StripeDouble.params(created))
                .containsEntry("items[0][price]", PLAN)
                .containsEntry("payment_behavior", "default_incomplete")
                .containsEntry("default_payment_method", "pm_card_visa")
                .containsEntry("expand[0]", "latest_invoice.confirmation_secret");
        LoggedRequest customerMade = only(stripe.requests("POST", "/v1/customers"), "metadata[customer_id]", customer);
        assertThat(customerMade.getHeader("Idempotency-Key")).isEqualTo("customer-" + customer);

        try (KafkaProbe probe = KafkaProbe.of("payment.subscription.updated", "payment.subscription.paid")) {
            String active = stripe.subscriptionUpdated(id, "active");
            for (int i = 0; i < 3; i++) {
                deliver(active);
            }
            awaitSubscription(customer, id).body("status", equalTo("ACTIVE"));
            view(customer, id).body("currentPeriodEnd", notNullValue()).body("clientSecret", nullValue());

            // A renewal as this API version sends it, and one as an older version did, twice each.
            String renewal = stripe.invoicePaid(id, false);
            String olderRenewal = stripe.invoicePaid(id, true);
            List.of(renewal, olderRenewal, renewal, olderRenewal).forEach(PaymentFlows::deliver);
            await().atMost(WAIT).untilAsserted(() -> view(customer, id)
                    .body("payments", equalTo(2))
                    .body("lastPayment.amount", equalTo(5_000))
                    .body("lastPayment.currency", equalTo("XOF")));
            probe.assertExactly(
                    r -> r.topic().equals("payment.subscription.paid")
                            && r.key().equals(id),
                    2);
            probe.assertExactly(
                    r -> r.topic().equals("payment.subscription.updated")
                            && r.key().equals(id),
                    1);
        }

        // A second plan: the same Stripe customer.
        String other = "price_comptoir_extra";
        subscribe(customer, other, null).statusCode(200).body("status", equalTo("INCOMPLETE"));
        assertThat(stripe.requests("POST", "/v1/customers").stream()
                        .filter(r -> customer.equals(StripeDouble.params(r).get("metadata[customer_id]"))))
                .hasSize(1);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/subscriptions")
                .then()
                .statusCode(200)
                .body("items.planId", org.hamcrest.Matchers.containsInAnyOrder(PLAN, other));
        given().header(AUTH, Tokens.customer(Api.unique("nosy")))
                .get("/api/subscriptions/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void anUnknownPlanIsA422AndAStripeOutageA503ThatCanBeRetried() {
        String customer = Api.unique("abo");
        subscribe(customer, "price_unknown", null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].message", equalTo("resource_missing"));

        stripe.down();
        try {
            subscribe(customer, PLAN, null).statusCode(503);
        } finally {
            stripe.up();
        }
        subscribe(customer, PLAN, null).statusCode(200).body("status", equalTo("INCOMPLETE"));
        // The outage met attempt 1 (stripe-java retried it); asked again, it is attempt 1 again,
        // under the same key, since Stripe may have made the subscription before failing to answer.
        String id = customer + "-" + PLAN;
        List<String> keys = stripe.requests("POST", "/v1/subscriptions").stream()
                .filter(r -> id.equals(StripeDouble.params(r).get("metadata[subscription_id]")))
                .map(r -> r.getHeader("Idempotency-Key"))
                .toList();
        assertThat(keys).hasSizeGreaterThan(1).allMatch((id + "-1")::equals);

        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(Map.of("planId", "premium"))
                .post("/api/subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("planId"));
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("planId", PLAN))
                .post("/api/subscriptions")
                .then()
                .statusCode(403);
    }

    private static ValidatableResponse subscribe(String customer, String plan, String paymentMethod) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", plan);
        if (paymentMethod != null) {
            body.put("paymentMethodId", paymentMethod);
        }
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/subscriptions")
                .then();
    }

    private static ValidatableResponse view(String customer, String id) {
        return given().header(AUTH, Tokens.customer(customer))
                .get("/api/subscriptions/" + id)
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse awaitSubscription(String customer, String id) {
        await().atMost(WAIT).untilAsserted(() -> view(customer, id).body("status", equalTo("ACTIVE")));
        return view(customer, id);
    }

    /** The one request (among those that reached Stripe) whose form parameter {@code key} is {@code value}. */
    private static LoggedRequest only(List<LoggedRequest> requests, String key, String value) {
        List<LoggedRequest> matching = requests.stream()
                .filter(r -> value.equals(StripeDouble.params(r).get(key)))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
