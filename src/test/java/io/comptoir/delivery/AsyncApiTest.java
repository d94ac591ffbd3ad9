package io.comptoir.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document served at {@code /asyncapi.json} is the registry's own: regenerated from it
 * in this test, and complete (every topic's producer, consumers, key and payload schema).
 */
class AsyncApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void documentIsGeneratedFromTheRegistry() throws IOException {
        String expected = AsyncApiDocument.render();
        if (Boolean.getBoolean("update-generated")) {
            Files.createDirectories(AsyncApiDocument.PATH.getParent());
            Files.writeString(AsyncApiDocument.PATH, expected);
        }
        assertThat(Files.readString(AsyncApiDocument.PATH))
                .as(
                        "%s is out of date; regenerate it: ./mvnw test -Dtest=AsyncApiTest -Dupdate-generated=true",
                        AsyncApiDocument.PATH)
                .isEqualTo(expected);
    }

    @Test
    void everyTopicHasItsProducerConsumersKeyAndPayload() throws IOException {
        JsonNode doc = JSON.readTree(AsyncApiDocument.render());
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        for (Topic topic : Topic.values()) {
            JsonNode channel = doc.path("channels").path(topic.id());
            assertThat(channel.path("address").asText()).isEqualTo(topic.id());
            JsonNode message = resolve(doc, channel.path("messages").elements().next());
            assertThat(message.path("bindings")
                            .path("kafka")
                            .path("key")
                            .path("description")
                            .asText())
                    .isEqualTo(topic.key());
            JsonNode payload = resolve(doc, message.path("payload"));
            assertThat(payload.path("type").asText()).isEqualTo("object");
            assertThat(names(payload.path("properties")))
                    .containsExactly(Arrays.stream(topic.payloadType().getRecordComponents())
                            .map(RecordComponent::getName)
                            .toArray(String[]::new));
            JsonNode send = doc.path("operations").path(topic.id() + ".send");
            assertThat(send.path("action").asText()).isEqualTo("send");
            assertThat(send.path("x-comptoir-engine").asText())
                    .isEqualTo(topic.owner().id());
            for (Engine consumer : topic.consumers()) {
                JsonNode receive = doc.path("operations").path(topic.id() + ".receive." + consumer.id());
                assertThat(receive.path("action").asText()).isEqualTo("receive");
                assertThat(receive.path("bindings")
                                .path("kafka")
                                .path("groupId")
                                .path("enum")
                                .get(0)
                                .asText())
                        .isEqualTo("comptoir-" + consumer.id());
            }
        }
        for (Engine engine : Engine.values()) {
            assertThat(doc.path("channels").has("deadletter." + engine.id())).isTrue();
        }
    }

    @Test
    void schemasFollowTheRecordsAndTheirConstraints() throws IOException {
        JsonNode schemas =
                JSON.readTree(AsyncApiDocument.render()).path("components").path("schemas");
        JsonNode placed = schemas.path("io.comptoir.events.order.OrderPlaced");
        assertThat(names(placed.path("required"))).contains("orderId", "customerId", "lines", "total", "placedAt");
        assertThat(placed.path("properties").path("lines").path("type").asText())
                .isEqualTo("array");
        assertThat(placed.path("properties").path("lines").path("minItems").asInt())
                .isEqualTo(1);
        assertThat(placed.path("properties").path("placedAt").path("format").asText())
                .isEqualTo("date-time");
        JsonNode line = schemas.path("io.comptoir.events.order.OrderPlaced.Line");
        assertThat(line.path("properties").path("quantity").path("minimum").asInt())
                .isEqualTo(1);
        JsonNode money = schemas.path("io.comptoir.kernel.money.Money");
        assertThat(money.path("properties").path("amount").path("format").asText())
                .isEqualTo("int64");
        assertThat(names(money.path("required"))).containsExactly("amount", "currency");
    }

    /** Follows a local {@code $ref} ({@code #/a/b}), or returns the node itself. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = doc.at(node.path("$ref").asText().substring(1));
        assertThat(target.isMissingNode()).as(node.path("$ref").asText()).isFalse();
        return target;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
