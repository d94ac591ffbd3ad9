package io.comptoir.payment;

import static io.comptoir.payment.PaymentFlows.awaitOrder;
import static io.comptoir.payment.PaymentFlows.awaitPayment;
import static io.comptoir.payment.PaymentFlows.awaitReleased;
import static io.comptoir.payment.PaymentFlows.deliver;
import static io.comptoir.payment.PaymentFlows.order;
import static io.comptoir.payment.PaymentFlows.pay;
import static io.comptoir.payment.PaymentFlows.payment;
import static io.comptoir.payment.PaymentFlows.placeCardOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.ShortClocks;
import io.comptoir.testing.StripeDouble;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The saga's deadline, made short: an order left unpaid is cancelled and its stock released; the
 * customer's 3-D Secure then succeeds after all, and the money is given back on its own.
 */
@QuarkusTest
@TestProfile(ShortClocks.class)
class PaymentDeadlineTest {

    private final StripeDouble stripe = StripeDouble.get();

    @Test
    void anUnpaidOrderIsCancelledAtItsDeadlineAndALateSuccessIsRefunded() throws Exception {
        var order = placeCardOrder(8_200, 2);
        String paymentId = order.paymentId(1);
        pay(order, "pm_card_threeDSecure2Required").statusCode(200).body("status", equalTo("REQUIRES_ACTION"));

        awaitOrder(order.id(), "CANCELLED");
        order(order.id()).body("history[-1].reason", equalTo("PAYMENT_TIMEOUT"));
        awaitReleased(order.sku());
        pay(order, "pm_card_threeDSecure2Required").statusCode(409);

        try (KafkaProbe probe = KafkaProbe.of("payment.payment.refunded")) {
            // The customer finishes 3-D Secure too late: Stripe takes the money and says so.
            stripe.passAuthentication(stripe.intentOf(paymentId).path("id").asText());
            deliver(stripe.intentEvent("payment_intent.succeeded", paymentId));

            awaitPayment(paymentId, "REFUNDED");
            JsonNode refunded = new ObjectMapper()
                    .readTree(KafkaProbe.value(probe.awaitOne(r -> r.key().equals(paymentId))));
            assertThat(refunded.path("amount").path("amount").asLong()).isEqualTo(16_400);
            assertThat(refunded.path("fullyRefunded").asBoolean()).isTrue();
            assertThat(refunded.path("reason").asText()).isEqualTo("order cancelled");
            probe.assertExactly(r -> r.key().equals(paymentId), 1);
        }
        List<LoggedRequest> refunds = stripe.requests("POST", "/v1/refunds").stream()
                .filter(r -> r.getHeader("Idempotency-Key").startsWith(paymentId))
                .toList();
        assertThat(refunds).hasSize(1);
        assertThat(StripeDouble.params(refunds.getFirst())).containsEntry("amount", "16400");
        payment(paymentId).body("refunds[0].reason", equalTo("order cancelled"));
        order(order.id()).body("status", equalTo("CANCELLED"));
    }
}
