package io.comptoir.payment.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.comptoir.events.Topic;
import io.comptoir.events.payment.WebhookReceived;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.problem.InvalidRequestException;
import io.comptoir.kernel.problem.UnavailableException;
import io.comptoir.payment.config.PaymentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The Stripe webhook's receiving end: the signature of the raw body is checked against each
 * configured secret (Stripe's {@code Webhook.Signature}, with the configured tolerance), then the
 * event is stored under its Stripe id together with {@code payment.webhook.received} before the
 * endpoint answers 2xx. Nothing unverified is stored; nothing verified is acknowledged unstored.
 */
@ApplicationScoped
public class StripeWebhooks {

    /** What the endpoint acknowledges: the event, and whether it had been received before. */
    public record Receipt(String eventId, String type, boolean duplicate) {}

    private final StripeWebhookRepository webhooks;
    private final PaymentConfig config;
    private final ObjectMapper json;

    StripeWebhooks(StripeWebhookRepository webhooks, PaymentConfig config, ObjectMapper json) {
        this.webhooks = webhooks;
        this.config = config;
        this.json = json;
    }

    public Receipt receive(String payload, String signatureHeader, Cause cause) {
        verify(payload, signatureHeader);
        JsonNode event = parse(payload);
        StripeWebhook webhook = new StripeWebhook();
        webhook.id = event.path("id").asText();
        webhook.type = event.path("type").asText();
        webhook.apiVersion = event.path("api_version").isTextual()
                ? event.path("api_version").asText()
                : null;
        webhook.livemode = event.path("livemode").asBoolean(false);
        webhook.payload = payload;
        webhook.receivedAt = Instant.now();
        webhook.deliveries = 1;
        try {
            webhooks.create(
                    webhook,
                    cause,
                    events -> events.add(
                            Topic.PAYMENT_WEBHOOK_RECEIVED,
                            webhook.id,
                            new WebhookReceived(
                                    webhook.id,
                                    webhook.type,
                                    webhook.apiVersion,
                                    webhook.livemode,
                                    payload,
                                    webhook.receivedAt)));
            return new Receipt(webhook.id, webhook.type, false);
        } catch (DuplicateAggregateException redelivered) {
            webhooks.modify(webhook.id, cause, (stored, events) -> stored.deliveries++);
            return new Receipt(webhook.id, webhook.type, true);
        }
    }

    private void verify(String payload, String signatureHeader) {
        List<String> secrets = config.stripe().webhookSecrets().orElse(List.of());
        if (secrets.isEmpty()) {
            throw new UnavailableException(
                    "Stripe webhooks are not configured (comptoir.payment.stripe.webhook-secrets)");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidRequestException("missing Stripe-Signature header");
        }
        long tolerance = config.stripe().webhookTolerance().toSeconds();
        String failure = null;
        for (String secret : secrets) {
            try {
                if (Webhook.Signature.verifyHeader(payload, signatureHeader, secret, tolerance)) {
                    return;
                }
            } catch (SignatureVerificationException e) {
                // Say why the secret that signed it failed (too old), not that another did not match.
                if (failure == null || failure.startsWith("No signatures found matching")) {
                    failure = e.getMessage();
                }
            } catch (RuntimeException e) {
                // stripe-java 33.3.0 lets a non-numeric timestamp through as NumberFormatException
                failure = "Unable to extract timestamp and signatures from header";
            }
        }
        throw new InvalidRequestException("invalid Stripe-Signature: " + failure);
    }

    /** A Stripe event object with an id and a type, read without the typed deserializer (any API version). */
    private JsonNode parse(String payload) {
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (IOException e) {
            throw new InvalidRequestException("the signed body is not JSON");
        }
        if (event == null
                || !event.path("id").isTextual()
                || !event.path("type").isTextual()
                || !"event".equals(event.path("object").asText())) {
            throw new InvalidRequestException("the signed body is not a Stripe event");
        }
        return event;
    }
}
