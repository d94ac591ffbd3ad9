package io.comptoir.kernel.events;

import io.comptoir.events.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents Kafka protocol binding, binary content mode: attributes as {@code ce_} headers,
 * {@code content-type} for {@code datacontenttype}, the payload as value. Binary mode keeps the
 * value a plain JSON document that any consumer can read, and lets brokers and tools route on
 * headers without parsing it. {@code correlationid}, {@code causationid}, {@code userid} and
 * {@code dataversion} are CloudEvents extension attributes.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String USER_ID = "ce_userid";
    public static final String DATA_VERSION = "ce_dataversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}

    public static Headers write(EventEnvelope event) {
        RecordHeaders headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.id());
        put(headers, TYPE, event.topic().id());
        put(headers, SOURCE, event.source());
        put(headers, TIME, event.time().toString());
        put(headers, SUBJECT, event.subject());
        put(headers, CORRELATION_ID, event.correlationId());
        put(headers, CAUSATION_ID, event.causationId());
        put(headers, USER_ID, event.userId());
        put(headers, DATA_VERSION, Integer.toString(event.dataVersion()));
        put(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /**
     * Reads an envelope from a record's headers and value.
     *
     * @throws PoisonEventException when a required attribute is missing or malformed
     */
    public static EventEnvelope read(Headers headers, byte[] value) {
        String specVersion = required(headers, SPEC_VERSION);
        if (!"1.0".equals(specVersion)) {
            throw new PoisonEventException("unsupported CloudEvents specversion " + specVersion);
        }
        String type = required(headers, TYPE);
        Topic topic = Topic.byId(type).orElseThrow(() -> new PoisonEventException("unknown event type " + type));
        Instant time;
        try {
            time = Instant.parse(required(headers, TIME));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("malformed ce_time", e);
        }
        int version;
        try {
            version = Integer.parseInt(required(headers, DATA_VERSION));
        } catch (NumberFormatException e) {
            throw new PoisonEventException("malformed ce_dataversion", e);
        }
        if (value == null) {
            throw new PoisonEventException("event " + type + " has no payload");
        }
        return new EventEnvelope(
                required(headers, ID),
                topic,
                required(headers, SOURCE),
                time,
                required(headers, SUBJECT),
                optional(headers, CORRELATION_ID),
                optional(headers, CAUSATION_ID),
                optional(headers, USER_ID),
                version,
                value);
    }

    private static void put(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
