package io.comptoir.kernel.events;

import io.comptoir.events.Topic;
import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope as Comptoir writes it to Kafka in binary mode: the attributes travel
 * as {@code ce_*} headers, the JSON payload is the record value, the Kafka key is the subject.
 */
public record EventEnvelope(
        String id,
        Topic topic,
        String source,
        Instant time,
        String subject,
        String correlationId,
        String causationId,
        String userId,
        int dataVersion,
        byte[] data) {}
