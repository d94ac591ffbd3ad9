package io.comptoir.console.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.comptoir.kernel.events.CloudEventHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One Kafka record as the console shows it: where it is, its key, its CloudEvents attributes (as
 * the headers say, even when malformed) and its payload as JSON (as text when it is not JSON).
 */
public record EventView(
        String topic,
        int partition,
        long offset,
        Instant timestamp,
        String key,
        String id,
        String type,
        String source,
        String time,
        String subject,
        String correlationId,
        String causationId,
        String userId,
        Integer dataVersion,
        JsonNode data) {

    /** The view of {@code record}, shown under {@code topic} (the registry id of its Kafka topic). */
    static EventView of(ConsumerRecord<String, byte[]> record, String topic, ObjectMapper json) {
        Headers headers = record.headers();
        return new EventView(
                topic,
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                header(headers, CloudEventHeaders.ID),
                header(headers, CloudEventHeaders.TYPE),
                header(headers, CloudEventHeaders.SOURCE),
                header(headers, CloudEventHeaders.TIME),
                header(headers, CloudEventHeaders.SUBJECT),
                header(headers, CloudEventHeaders.CORRELATION_ID),
                header(headers, CloudEventHeaders.CAUSATION_ID),
                header(headers, CloudEventHeaders.USER_ID),
                version(header(headers, CloudEventHeaders.DATA_VERSION)),
                data(record.value(), json));
    }

    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer version(String raw) {
        try {
            return raw == null ? null : Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static JsonNode data(byte[] value, ObjectMapper json) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (IOException e) {
            return TextNode.valueOf(new String(value, StandardCharsets.UTF_8));
        }
    }
}
