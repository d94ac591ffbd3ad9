package io.comptoir.testing;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events of engines that do not exist yet (payments), published as their engine will: a
 * CloudEvents envelope around a JSON payload, keyed by its subject.
 */
public final class ForeignEvents {

    private ForeignEvents() {}

    /** Publishes {@code json} on {@code topic} under a fresh event id; returns that id. */
    public static String publish(Topic topic, String subject, String json) {
        EventEnvelope event = envelope(topic, subject, json);
        KafkaProbe.send(topic.id(), subject, CloudEventHeaders.write(event), event.data());
        return event.id();
    }

    /** Publishes many events of {@code topic} (subject → json) through one producer, in order. */
    public static void publishAll(Topic topic, List<Map.Entry<String, String>> events) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ComptoirInfra.kafka().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, String> e : events) {
                EventEnvelope event = envelope(topic, e.getKey(), e.getValue());
                producer.send(new ProducerRecord<>(
                        topic.id(), null, e.getKey(), event.data(), CloudEventHeaders.write(event)));
            }
            producer.flush();
        }
    }

    /** The payload of {@code order.order.placed}: one line of one unit, {@code xof} in all, paid by card. */
    public static String orderPlaced(String orderId, String customerId, long xof) {
        return """
                {"orderId":"%s","customerId":"%s","lines":[{"productId":"p1","sku":"S1","name":"Thing","quantity":1,\
                "listPrice":{"amount":%d,"currency":"XOF"},"unitPrice":{"amount":%d,"currency":"XOF"},\
                "lineTotal":{"amount":%d,"currency":"XOF"}}],"subtotal":{"amount":%d,"currency":"XOF"},\
                "discounts":[],"total":{"amount":%d,"currency":"XOF"},"paymentMethod":"CARD",\
                "placedAt":"2026-11-23T10:00:00Z"}"""
                .formatted(orderId, customerId, xof, xof, xof, xof, xof);
    }

    private static EventEnvelope envelope(Topic topic, String subject, String json) {
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(
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
