package io.comptoir.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.order.OrderPlaced;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.TopicNames;
import io.comptoir.kernel.inbox.EventHandlers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry holds exactly the specification's topics, owners and naming rule. */
class TopicRegistryTest {

    @Test
    void registryHoldsExactlyTheSpecifiedTopicsAndOwners() throws IOException {
        Map<String, String> spec = specTopics();
        Map<String, String> registry = Arrays.stream(Topic.values())
                .collect(Collectors.toMap(Topic::id, t -> t.owner().id()));
        assertThat(registry).isEqualTo(spec).hasSize(83);
    }

    @Test
    void ourCopyOfTheSpecListMatchesTheSharedOneWhenPresent() throws IOException {
        Path shared = Path.of("..", "shared", "topics.txt");
        if (Files.exists(shared)) {
            try (InputStream copy = getClass().getResourceAsStream("/spec-topics.txt")) {
                assertThat(new String(copy.readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(shared));
            }
        }
    }

    @Test
    void namesFollowTheDomainEntityActionRule() {
        for (Topic topic : Topic.values()) {
            assertThat(topic.id()).matches("[a-z]+\\.[a-z]+\\.[a-z]+");
            assertThat(topic.name()).isEqualTo(topic.id().toUpperCase().replace('.', '_'));
            assertThat(topic.key()).isNotBlank();
            assertThat(Topic.byId(topic.id())).contains(topic);
            assertThat(topic.payloadType().isRecord())
                    .as("payload of %s is a record", topic.id())
                    .isTrue();
            assertThat(topic.payloadType().getPackageName()).startsWith("io.comptoir.events.");
        }
    }

    @Test
    void prefixAndDeadLetterNames() {
        TopicNames names = new TopicNames("staging.", "comptoir-");
        assertThat(names.topic(Topic.ORDER_ORDER_PLACED)).isEqualTo("staging.order.order.placed");
        assertThat(names.deadLetter(Engine.LOYALTY)).isEqualTo("staging.deadletter.loyalty");
        assertThat(names.group(Engine.LOYALTY)).isEqualTo("comptoir-loyalty");
        assertThat(names.fromKafka("staging.order.order.placed")).contains(Topic.ORDER_ORDER_PLACED);
        assertThat(names.fromKafka("order.order.placed")).isEmpty();
    }

    @Test
    void consumingOutsideTheGrantsIsRefused() {
        assertThatThrownBy(() ->
                        EventHandlers.of(Engine.CATALOG).on(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, (p, e) -> {}))
                .hasMessageContaining("does not let catalog consume order.order.placed");
        assertThatThrownBy(
                        () -> EventHandlers.of(Engine.LOYALTY).on(Topic.ORDER_ORDER_PLACED, String.class, (p, e) -> {}))
                .hasMessageContaining("carries OrderPlaced");
    }

    @Test
    void enginesAreFoundFromTheirPackages() {
        assertThat(Engine.ofClass(io.comptoir.loyalty.domain.LoyaltyService.class))
                .contains(Engine.LOYALTY);
        assertThat(Engine.ofClass(Cause.class)).isEmpty();
        assertThat(Engine.fromId("groupbuy")).contains(Engine.GROUPBUY);
        assertThat(Arrays.stream(Engine.values()).map(Engine::id).collect(Collectors.toSet()))
                .hasSize(19);
    }

    private Map<String, String> specTopics() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/spec-topics.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+"))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> {
                        throw new IllegalStateException("duplicate topic " + a);
                    }));
        }
    }
}
