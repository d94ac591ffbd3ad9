package io.comptoir.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Delivery is at-least-once: the same event delivered again changes nothing, and a record that can
 * never be processed goes to the engine's dead-letter topic with the reason, without blocking the
 * records behind it.
 */
@QuarkusTest
class ConsumerFailureTest {

    /**
     * Loyalty's handler is idempotent on its own ({@code EventHandlers.onIdempotent}): the account
     * recognises the redeliveries, and the inbox keeps no record of them.
     */
    @Test
    void duplicateDeliveryHasOneEffect() {
        String customer = Api.unique("dup");
        String orderId = Api.unique("order");
        EventEnvelope placed = placed(UUID.randomUUID().toString(), orderId, customer, 30_000);
        double duplicates = Metrics.eventsIn("loyalty", "order.order.placed", "duplicate");

        for (int i = 0; i < 3; i++) {
            send(placed);
        }
        // The same order announced again under a new event id still earns its points once.
        send(placed(UUID.randomUUID().toString(), orderId, customer, 30_000));
        Api.awaitLoyalty(customer, 0, 130);

        // A later, different order proves the consumer went past the duplicates; the total is exact.
        send(placed(UUID.randomUUID().toString(), Api.unique("order"), customer, 5_000));
        Api.awaitLoyalty(customer, 0, 135);

        assertThat(Metrics.eventsIn("loyalty", "order.order.placed", "duplicate"))
                .isGreaterThanOrEqualTo(duplicates + 2);
        assertThat(ComptoirInfra.database()
                        .getCollection("inbox")
                        .countDocuments(new Document("_id", "comptoir-loyalty:" + placed.id())))
                .isZero();
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsHandled() {
        String customer = Api.unique("poison");
        String key = Api.unique("key");
        EventEnvelope valid = placed(UUID.randomUUID().toString(), Api.unique("order"), customer, 2_000);

        KafkaProbe.send(
                "order.order.placed",
                key,
                CloudEventHeaders.write(valid),
                "{not json".getBytes(StandardCharsets.UTF_8));
        KafkaProbe.send("order.order.placed", key, new RecordHeaders(), valid.data());
        KafkaProbe.send(
                "order.order.placed",
                key,
                withHeader(CloudEventHeaders.write(valid), "ce_dataversion", "7"),
                valid.data());
        KafkaProbe.send(
                "order.order.placed",
                key,
                CloudEventHeaders.write(valid),
                ("{\"orderId\":\"o\",\"customerId\":\"" + customer + "\",\"lines\":[],\"paymentMethod\":\"CARD\"}")
                        .getBytes(StandardCharsets.UTF_8));
        KafkaProbe.send("order.order.placed", key, CloudEventHeaders.write(valid), valid.data());

        Api.awaitLoyalty(customer, 0, 102);
        try (KafkaProbe deadLetters = KafkaProbe.of("deadletter.loyalty")) {
            var rejected = deadLetters.await(r -> key.equals(r.key()), 4, Duration.ofSeconds(30));
            assertThat(rejected)
                    .extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                    .anySatisfy(reason -> assertThat(reason).contains("does not parse"))
                    .anySatisfy(reason -> assertThat(reason).contains("missing CloudEvents header"))
                    .anySatisfy(reason -> assertThat(reason).contains("unsupported payload version 7"))
                    .anySatisfy(reason -> assertThat(reason)
                            .contains("invalid order.order.placed payload")
                            .contains("lines must not be empty")
                            .contains("total must not be null"));
            ConsumerRecord<String, byte[]> first = rejected.getFirst();
            assertThat(KafkaProbe.header(first, "dead-letter-topic")).isEqualTo("order.order.placed");
            assertThat(KafkaProbe.value(first)).isEqualTo("{not json");
            deadLetters.assertExactly(r -> key.equals(r.key()), 4);
        }
    }

    private static EventEnvelope placed(String eventId, String orderId, String customer, long total) {
        String payload = ForeignEvents.orderPlaced(orderId, customer, total);
        return new EventEnvelope(
                eventId,
                Topic.ORDER_ORDER_PLACED,
                "/comptoir/order",
                Instant.now(),
                orderId,
                "corr-" + eventId,
                null,
                customer,
                1,
                payload.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(EventEnvelope event) {
        KafkaProbe.send("order.order.placed", event.subject(), CloudEventHeaders.write(event), event.data());
    }

    private static Headers withHeader(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
