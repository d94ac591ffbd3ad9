package io.comptoir.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.kernel.money.Money;
import io.comptoir.payment.domain.PaymentStatus;
import io.comptoir.payment.provider.ProviderEvent;
import io.comptoir.payment.provider.SubscriptionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Stripe events the payment engine acts on from the stored webhook body, as JSON rather
 * than with stripe-java's typed deserializer, so an event of another API version than the one
 * stripe-java is pinned to reads the same (the fields used here are stable across versions).
 */
@ApplicationScoped
public class StripeEvents {

    private final ObjectMapper json;

    StripeEvents(ObjectMapper json) {
        this.json = json;
    }

    /** What the event says about a payment; empty for other types. */
    public Optional<ProviderEvent> read(String payload) {
        JsonNode event = tree(payload);
        String id = event.path("id").asText();
        String type = event.path("type").asText();
        JsonNode object = event.path("data").path("object");
        String paymentId = text(object.path("metadata").path(StripeAmounts.PAYMENT_ID));
        return switch (type) {
            case "payment_intent.succeeded" -> intent(id, type, object, paymentId, PaymentStatus.SUCCEEDED);
            case "payment_intent.payment_failed", "payment_intent.canceled" ->
                intent(id, type, object, paymentId, PaymentStatus.FAILED);
            case "payment_intent.requires_action" -> intent(id, type, object, paymentId, PaymentStatus.REQUIRES_ACTION);
            case "payment_intent.processing" -> intent(id, type, object, paymentId, PaymentStatus.PROCESSING);
            case "charge.refunded" -> Optional.of(refunded(id, type, object, paymentId));
            default -> Optional.empty();
        };
    }

    /** An intent Comptoir did not make (no payment id in its metadata) is none of its business. */
    private static Optional<ProviderEvent> intent(
            String id, String type, JsonNode intent, String paymentId, PaymentStatus status) {
        if (paymentId == null) {
            return Optional.empty();
        }
        JsonNode error = intent.path("last_payment_error");
        String code = status == PaymentStatus.FAILED
                ? Optional.ofNullable(text(error.path("decline_code")))
                        .or(() -> Optional.ofNullable(text(error.path("code"))))
                        .orElse(type.endsWith("canceled") ? "canceled" : null)
                : null;
        String message = status == PaymentStatus.FAILED ? text(error.path("message")) : null;
        return Optional.of(new ProviderEvent(
                id, type, paymentId, text(intent.path("id")), status, code, message, null, List.of()));
    }

    private static ProviderEvent refunded(String id, String type, JsonNode charge, String paymentId) {
        String currency = charge.path("currency").asText().toUpperCase(Locale.ROOT);
        List<ProviderEvent.Refund> refunds = new ArrayList<>();
        // Listed only when the charge was read with its refunds expanded (older API versions did).
        for (JsonNode refund : charge.path("refunds").path("data")) {
            if ("succeeded".equals(refund.path("status").asText())) {
                refunds.add(new ProviderEvent.Refund(
                        refund.path("id").asText(),
                        Money.of(refund.path("amount").asLong(), currency)));
            }
        }
        return new ProviderEvent(
                id,
                type,
                paymentId,
                text(charge.path("payment_intent")),
                null,
                null,
                null,
                Money.of(charge.path("amount_refunded").asLong(), currency),
                refunds);
    }

    /**
     * What the event says about a subscription; empty for other types and for subscriptions
     * Comptoir did not make. Reads both shapes of an invoice's subscription: under {@code
     * parent.subscription_details} (API 2025-03-31 and later) and at the top (before).
     */
    public Optional<SubscriptionEvent> readSubscription(String payload) {
        JsonNode event = tree(payload);
        String type = event.path("type").asText();
        JsonNode object = event.path("data").path("object");
        Instant at = Instant.ofEpochSecond(event.path("created").asLong());
        if (type.startsWith("customer.subscription.")) {
            String id = text(object.path("metadata").path(StripeAmounts.SUBSCRIPTION_ID));
            JsonNode item = object.path("items").path("data").path(0);
            long periodEnd = item.path("current_period_end")
                    .asLong(object.path("current_period_end").asLong(0));
            String status = type.endsWith(".deleted")
                    ? "canceled"
                    : object.path("status").asText();
            return id == null
                    ? Optional.empty()
                    : Optional.of(new SubscriptionEvent(
                            event.path("id").asText(),
                            SubscriptionEvent.Kind.STATUS,
                            id,
                            text(object.path("id")),
                            status.toUpperCase(Locale.ROOT),
                            periodEnd == 0 ? null : Instant.ofEpochSecond(periodEnd),
                            null,
                            null,
                            at));
        }
        if (type.equals("invoice.paid") || type.equals("invoice.payment_failed")) {
            JsonNode details = object.path("parent").path("subscription_details");
            String reference =
                    Optional.ofNullable(text(details.path("subscription"))).orElse(text(object.path("subscription")));
            String id = Optional.ofNullable(text(details.path("metadata").path(StripeAmounts.SUBSCRIPTION_ID)))
                    .orElse(text(
                            object.path("subscription_details").path("metadata").path(StripeAmounts.SUBSCRIPTION_ID)));
            if (reference == null && id == null) {
                return Optional.empty();
            }
            boolean paid = type.equals("invoice.paid");
            String currency = object.path("currency").asText().toUpperCase(Locale.ROOT);
            return Optional.of(new SubscriptionEvent(
                    event.path("id").asText(),
                    paid ? SubscriptionEvent.Kind.PAID : SubscriptionEvent.Kind.PAYMENT_FAILED,
                    id,
                    reference,
                    null,
                    null,
                    text(object.path("id")),
                    Money.of(object.path(paid ? "amount_paid" : "amount_due").asLong(), currency),
                    at));
        }
        return Optional.empty();
    }

    private JsonNode tree(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored Stripe event is not JSON", e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
