package io.comptoir.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.TopicNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders Comptoir's AsyncAPI 3.0 document from the topic registry: one channel per topic and per
 * dead-letter topic, a send operation for the owning engine and a receive operation per consuming
 * engine (with its consumer group), and each message's CloudEvents headers, Kafka key and payload
 * schema, read from the payload record and its validation constraints. The application serves the
 * result as a static resource at {@code /asyncapi.json}.
 */
final class AsyncApiDocument {

    static final Path PATH = Path.of("src/main/resources/META-INF/resources/asyncapi.json");
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String HEADERS = "CloudEventHeaders";
    private static final String DEAD_LETTER = "DeadLetter";

    private final TopicNames names = new TopicNames("", null);
    private final Map<String, Object> schemas = new TreeMap<>();

    private AsyncApiDocument() {}

    static String render() {
        try {
            return new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(new AsyncApiDocument().document())
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> document() {
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            String id = topic.id();
            messages.put(id, message(topic));
            channels.put(
                    id,
                    channel(
                            names.topic(topic),
                            "Emitted by " + topic.owner().id() + "; consumed by "
                                    + (topic.consumers().isEmpty()
                                            ? "no engine yet"
                                            : String.join(
                                                    ", ",
                                                    topic.consumers().stream()
                                                            .map(Engine::id)
                                                            .sorted()
                                                            .toList()))
                                    + ". Key: " + topic.key() + ".",
                            id,
                            KafkaTopicManifests.EVENT_RETENTION.toMillis()));
            operations.put(id + ".send", operation("send", id, topic.owner(), null));
            topic.consumers().stream()
                    .sorted()
                    .forEach(engine -> operations.put(
                            id + ".receive." + engine.id(), operation("receive", id, engine, names.group(engine))));
        }
        messages.put(DEAD_LETTER, deadLetterMessage());
        for (Engine engine : Engine.values()) {
            String id = names.deadLetter(engine);
            channels.put(
                    id,
                    channel(
                            id,
                            "Records the " + engine.id() + " engine could not process, unchanged, with the reason"
                                    + " in headers.",
                            DEAD_LETTER,
                            KafkaTopicManifests.DEAD_LETTER_RETENTION.toMillis()));
            operations.put(id + ".send", operation("send", id, engine, null));
        }
        schemas.put(HEADERS, cloudEventHeaders());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put(
                "info",
                map(
                        "title",
                        "Comptoir events",
                        "version",
                        Integer.toString(Topic.CURRENT_VERSION),
                        "description",
                        "Every Kafka topic of Comptoir, generated from its topic registry. Each event is a"
                                + " CloudEvents 1.0 event in Kafka binary mode: the JSON payload is the record"
                                + " value, the attributes are ce_* headers, the key is the aggregate id, so"
                                + " one aggregate's events stay in order. Topic names take the deployment's"
                                + " prefix (comptoir.kafka.topic-prefix); info.version is the payload schema"
                                + " version (ce_dataversion)."));
        doc.put("defaultContentType", CloudEventHeaders.JSON);
        doc.put(
                "servers",
                map(
                        "production",
                        map(
                                "host",
                                "comptoir-kafka-bootstrap:9092",
                                "protocol",
                                "kafka",
                                "description",
                                "The Strimzi cluster of k8s/kafka")));
        doc.put("channels", channels);
        doc.put("operations", operations);
        doc.put("components", map("messages", messages, "schemas", schemas));
        return doc;
    }

    private static Map<String, Object> channel(String address, String description, String message, long retention) {
        return map(
                "address",
                address,
                "description",
                description,
                "messages",
                map(message, ref("#/components/messages/" + message)),
                "bindings",
                map(
                        "kafka",
                        map(
                                "partitions",
                                KafkaTopicManifests.PARTITIONS,
                                "replicas",
                                KafkaTopicManifests.REPLICAS,
                                "topicConfiguration",
                                map("retention.ms", retention),
                                "bindingVersion",
                                KAFKA_BINDING)));
    }

    private static Map<String, Object> operation(String action, String channel, Engine engine, String group) {
        Map<String, Object> operation = map(
                "action",
                action,
                "channel",
                ref("#/channels/" + channel),
                "summary",
                engine.id() + (action.equals("send") ? " emits" : " consumes"),
                "x-comptoir-engine",
                engine.id());
        if (group != null) {
            operation.put(
                    "bindings",
                    map(
                            "kafka",
                            map(
                                    "groupId",
                                    map("type", "string", "enum", List.of(group)),
                                    "bindingVersion",
                                    KAFKA_BINDING)));
        }
        return operation;
    }

    private Map<String, Object> message(Topic topic) {
        return map(
                "name", topic.payloadType().getSimpleName(),
                "title", topic.id(),
                "contentType", CloudEventHeaders.JSON,
                "headers", ref("#/components/schemas/" + HEADERS),
                "correlationId", map("location", "$message.header#/" + CloudEventHeaders.CORRELATION_ID),
                "payload", schema(topic.payloadType()),
                "bindings",
                        map(
                                "kafka",
                                map(
                                        "key",
                                        map("type", "string", "description", topic.key()),
                                        "bindingVersion",
                                        KAFKA_BINDING)));
    }

    private static Map<String, Object> deadLetterMessage() {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (String header : List.of(
                "dead-letter-reason",
                "dead-letter-cause",
                "dead-letter-topic",
                "dead-letter-partition",
                "dead-letter-offset")) {
            headers.put(header, map("type", "string"));
        }
        return map(
                "name",
                DEAD_LETTER,
                "title",
                "Dead letter",
                "summary",
                "The original record's key, value and CloudEvents headers, plus SmallRye's dead-letter headers.",
                "headers",
                map("type", "object", "properties", headers, "required", List.of("dead-letter-reason")));
    }

    private static Map<String, Object> cloudEventHeaders() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CloudEventHeaders.SPEC_VERSION, map("type", "string", "const", "1.0"));
        properties.put(CloudEventHeaders.ID, map("type", "string", "description", "Unique event id"));
        properties.put(CloudEventHeaders.TYPE, map("type", "string", "description", "The topic, unprefixed"));
        properties.put(CloudEventHeaders.SOURCE, map("type", "string", "description", "The emitting engine"));
        properties.put(CloudEventHeaders.TIME, map("type", "string", "format", "date-time"));
        properties.put(
                CloudEventHeaders.SUBJECT, map("type", "string", "description", "The aggregate id, also the key"));
        properties.put(
                CloudEventHeaders.CORRELATION_ID,
                map("type", "string", "description", "Shared by every event of one request or flow"));
        properties.put(
                CloudEventHeaders.CAUSATION_ID,
                map("type", "string", "description", "Id of the event that caused this one"));
        properties.put(
                CloudEventHeaders.USER_ID, map("type", "string", "description", "Who asked for it, when a user did"));
        properties.put(CloudEventHeaders.DATA_VERSION, map("type", "string", "description", "Payload schema version"));
        properties.put(CloudEventHeaders.CONTENT_TYPE, map("type", "string", "const", CloudEventHeaders.JSON));
        return map(
                "type",
                "object",
                "properties",
                properties,
                "required",
                List.of(
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.ID,
                        CloudEventHeaders.TYPE,
                        CloudEventHeaders.SOURCE,
                        CloudEventHeaders.TIME,
                        CloudEventHeaders.SUBJECT,
                        CloudEventHeaders.DATA_VERSION,
                        CloudEventHeaders.CONTENT_TYPE));
    }

    /** A JSON schema for a payload type; records become named schemas under components. */
    private Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> array = map("type", "array", "items", schema(arguments[0]));
                if (Set.class.isAssignableFrom(raw)) {
                    array.put("uniqueItems", true);
                }
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schema(arguments[1]));
            }
        }
        if (!(type instanceof Class<?> cls)) {
            throw new IllegalArgumentException("no schema for " + type);
        }
        if (cls == String.class) {
            return map("type", "string");
        }
        if (cls == int.class || cls == Integer.class) {
            return map("type", "integer", "format", "int32");
        }
        if (cls == long.class || cls == Long.class) {
            return map("type", "integer", "format", "int64");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return map("type", "boolean");
        }
        if (cls == double.class || cls == Double.class || cls == BigDecimal.class) {
            return map("type", "number");
        }
        if (cls == Instant.class) {
            return map("type", "string", "format", "date-time");
        }
        if (cls == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (cls.isEnum()) {
            return map(
                    "type",
                    "string",
                    "enum",
                    Arrays.stream(cls.getEnumConstants()).map(Object::toString).toList());
        }
        if (cls.isRecord()) {
            String name = cls.getName().replace('$', '.');
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // placeholder: a record may contain itself
                schemas.put(name, record(cls));
            }
            return ref("#/components/schemas/" + name);
        }
        throw new IllegalArgumentException("no schema for " + cls.getName() + ": map it in AsyncApiDocument");
    }

    private Map<String, Object> record(Class<?> type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            // Bean Validation and Jackson annotations do not target record components: javac puts
            // them on the accessor, where they are read.
            Method accessor = component.getAccessor();
            JsonProperty json = accessor.getAnnotation(JsonProperty.class);
            String name = json != null && !json.value().isEmpty() ? json.value() : component.getName();
            Map<String, Object> schema = new LinkedHashMap<>(schema(component.getGenericType()));
            constrain(accessor, schema);
            properties.put(name, schema);
            if (component.getType().isPrimitive()
                    || (json != null && json.required())
                    || accessor.isAnnotationPresent(NotNull.class)
                    || accessor.isAnnotationPresent(NotBlank.class)
                    || accessor.isAnnotationPresent(NotEmpty.class)) {
                required.add(name);
            }
        }
        Map<String, Object> schema = map("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static void constrain(AnnotatedElement component, Map<String, Object> schema) {
        if (component.isAnnotationPresent(NotBlank.class)) {
            schema.put("minLength", 1);
        }
        if (component.isAnnotationPresent(NotEmpty.class)) {
            schema.put("array".equals(schema.get("type")) ? "minItems" : "minLength", 1);
        }
        if (component.isAnnotationPresent(Positive.class)) {
            if ("integer".equals(schema.get("type"))) {
                schema.put("minimum", 1);
            } else {
                schema.put("exclusiveMinimum", 0);
            }
        }
        if (component.isAnnotationPresent(PositiveOrZero.class)) {
            schema.put("minimum", 0);
        }
        Pattern pattern = component.getAnnotation(Pattern.class);
        if (pattern != null) {
            schema.put("pattern", pattern.regexp());
        }
    }

    private static Map<String, Object> ref(String pointer) {
        return map("$ref", pointer);
    }

    /** An ordered map of alternating keys and values. */
    private static Map<String, Object> map(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }
}
