package io.comptoir.testing;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Events of engines that do not exist yet (payments), published as their engine will: a
 * CloudEvents envelope around a JSON payload, keyed by its subject.
 */
public final class ForeignEvents {

    private ForeignEvents() {}

    /** Publishes {@code json} on {@code topic} under a fresh event id; returns that id. */
    public static String publish(Topic topic, String subject, String json) {
        String id = UUID.randomUUID().toString();
        EventEnvelope event = new EventEnvelope(
                id,
                topic,
                "/comptoir/" + topic.owner().id(),
                Instant.now(),
                subject,
                "corr-" + id,
                null,
                null,
                Topic.CURRENT_VERSION,
                json.getBytes(StandardCharsets.UTF_8));
        KafkaProbe.send(topic.id(), subject, CloudEventHeaders.write(event), event.data());
        return id;
    }

    /** {@code payment.payment.completed} for an order, in XOF. */
    public static void paymentCompleted(String paymentId, String orderId, String customerId, long xof) {
        publish(
                Topic.PAYMENT_PAYMENT_COMPLETED,
                paymentId,
                """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":%d,"currency":"XOF"},\
                "provider":"stripe","providerReference":"pi_%s","completedAt":"%s"}"""
                        .formatted(paymentId, orderId, customerId, xof, paymentId, Instant.now()));
    }

    /** {@code payment.payment.refunded}: {@code xof} of a payment given back. */
    public static void paymentRefunded(String paymentId, String orderId, String customerId, long xof, String refundId) {
        publish(
                Topic.PAYMENT_PAYMENT_REFUNDED,
                paymentId,
                """
                {"paymentId":"%s","orderId":"%s","customerId":"%s","amount":{"amount":%d,"currency":"XOF"},\
                "refundId":"%s","reason":"damaged on arrival","refundedTotal":{"amount":%d,"currency":"XOF"},\
                "fullyRefunded":false}"""
                        .formatted(paymentId, orderId, customerId, xof, refundId, xof));
    }
}
