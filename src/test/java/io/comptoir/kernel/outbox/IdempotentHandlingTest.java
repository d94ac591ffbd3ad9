package io.comptoir.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.Topic;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.review.domain.DeliveredOrder;
import io.comptoir.review.domain.DeliveredOrderRepository;
import io.comptoir.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A handler declared idempotent runs without the inbox: the aggregates record the event (even a
 * change that changes nothing), and the writes that would record nothing are refused. Through a
 * real repository on the wire server.
 */
@QuarkusTest
class IdempotentHandlingTest {

    @Inject
    DeliveredOrderRepository orders;

    @Test
    void anEventThatChangesNothingIsStillRecordedSoItsRedeliveryIsRecognised() {
        String orderId = Api.unique("order");
        EventEnvelope placed = event(orderId);
        EventEnvelope again = event(orderId);

        assertThat(IdempotentHandling.run(() -> deliver(orderId, placed))).isTrue();
        // Another event with the same effect changes nothing, but is recorded all the same.
        assertThat(IdempotentHandling.run(() -> deliver(orderId, again))).isTrue();
        assertThat(handled(orderId)).containsExactly(placed.id(), again.id());
        assertThat(orders.findById(orderId).version).isEqualTo(1);

        assertThat(IdempotentHandling.run(() -> deliver(orderId, placed))).isFalse();
        assertThat(IdempotentHandling.run(() -> deliver(orderId, again))).isFalse();
        assertThat(handled(orderId)).containsExactly(placed.id(), again.id());
    }

    @Test
    void outsideSuchHandlingAChangeThatChangesNothingWritesNothing() {
        String orderId = Api.unique("order");
        deliver(orderId, event(orderId));
        EventEnvelope again = event(orderId);

        assertThat(deliver(orderId, again).delivered).isTrue();
        assertThat(handled(orderId)).doesNotContain(again.id());
    }

    @Test
    void writesThatRecordNoEventAreRefused() {
        String orderId = Api.unique("order");
        Cause cause = Cause.of(event(orderId));

        assertThatThrownBy(() -> IdempotentHandling.run(() -> orders.modify(orderId, cause, (o, e) -> o)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("modify records no event id");
        assertThatThrownBy(() -> IdempotentHandling.run(
                        () -> orders.upsert(orderId, cause, DeliveredOrder::new, (o, e) -> o.delivered = true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("upsert records no event id");
        assertThatThrownBy(() -> IdempotentHandling.run(() -> orders.create(new DeliveredOrder(), cause, e -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("create without an id");
        assertThat(orders.findByIdOptional(orderId)).isEmpty();

        // A creation under an id the event determines is allowed: its redelivery finds the id taken.
        DeliveredOrder keyed = new DeliveredOrder();
        keyed.id = orderId;
        IdempotentHandling.run(() -> orders.create(keyed, cause, e -> {}));
        assertThatThrownBy(() -> IdempotentHandling.run(() -> orders.create(keyed, cause, e -> {})))
                .isInstanceOf(DuplicateAggregateException.class);
    }

    private DeliveredOrder deliver(String orderId, EventEnvelope event) {
        return orders.apply(orderId, event, DeliveredOrder::new, (order, events) -> order.delivered = true)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> handled(String orderId) {
        Document doc = orders.mongoCollection()
                .withDocumentClass(Document.class)
                .find(new Document("_id", orderId))
                .first();
        return (List<String>) doc.get(OutboxFields.HANDLED);
    }

    private static EventEnvelope event(String orderId) {
        String id = UUID.randomUUID().toString();
        return new EventEnvelope(
                id,
                Topic.ORDER_ORDER_DELIVERED,
                "/comptoir/order",
                Instant.now(),
                orderId,
                "corr-" + id,
                null,
                "customer",
                1,
                new byte[0]);
    }
}
