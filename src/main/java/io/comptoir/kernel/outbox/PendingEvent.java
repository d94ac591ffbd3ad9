package io.comptoir.kernel.outbox;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bson.Document;

/**
 * An event waiting in a document's {@code outbox} array until the relay has it acknowledged by
 * Kafka. Stored with its payload already serialized, so what is relayed is exactly what was decided
 * when the state changed. Mapped to BSON by hand, so no reflection is involved.
 */
public record PendingEvent(
        String id,
        String topic,
        String source,
        Instant time,
        String subject,
        String correlationId,
        String causationId,
        String userId,
        int dataVersion,
        String data) {

    Document toDocument() {
        return new Document("id", id)
                .append("topic", topic)
                .append("source", source)
                .append("time", java.util.Date.from(time))
                .append("subject", subject)
                .append("correlationId", correlationId)
                .append("causationId", causationId)
                .append("userId", userId)
                .append("dataVersion", dataVersion)
                .append("data", data);
    }

    static PendingEvent fromDocument(Document d) {
        return new PendingEvent(
                d.getString("id"),
                d.getString("topic"),
                d.getString("source"),
                d.getDate("time").toInstant(),
                d.getString("subject"),
                d.getString("correlationId"),
                d.getString("causationId"),
                d.getString("userId"),
                d.getInteger("dataVersion"),
                d.getString("data"));
    }

    public EventEnvelope toEnvelope() {
        Topic registered = Topic.byId(topic)
                .orElseThrow(() -> new IllegalStateException("outbox holds an unregistered topic " + topic));
        return new EventEnvelope(
                id,
                registered,
                source,
                time,
                subject,
                correlationId,
                causationId,
                userId,
                dataVersion,
                data.getBytes(StandardCharsets.UTF_8));
    }
}
