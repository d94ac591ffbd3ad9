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
 * The repository's writes as handlers and jobs see them, through a real repository on the wire
 * server: a handler declared idempotent runs without the inbox, its aggregates record the event
 * (even a change that changes nothing) and the writes that would record nothing are refused; a
 * snapshot's handler applies a redelivery again; a change starts from the aggregate held.
 */
@QuarkusTest
class AggregateRepositoryTest {

    @Inject
    DeliveredOrderRepository orders;

    @Test
    void anEventThatChangesNothingIsStillRecordedSoItsRedeliveryIsRecognised() {
        String orderId = Api.unique("order");
        EventEnvelope placed = event(orderId);
        EventEnvelope again = event(orderId);

        assertThat(recorded(() -> deliver(orderId, placed, true))).isTrue();
        // Another event with the same effect changes nothing, but is recorded all the same.
        assertThat(recorded(() -> deliver(orderId, again, true))).isTrue();
        assertThat(handled(orderId)).containsExactly(placed.id(), again.id());
        assertThat(orders.findById(orderId).version).isEqualTo(1);

        assertThat(recorded(() -> deliver(orderId, placed, true))).isFalse();
        assertThat(recorded(() -> deliver(orderId, again, true))).isFalse();
        assertThat(handled(orderId)).containsExactly(placed.id(), again.id());
    }

    @Test
    void aSnapshotRedeliveredIsAppliedAgainInOrderAndTheViewEndsAsTheLastOneSays() {
        String orderId = Api.unique("order");
        EventEnvelope first = event(orderId);
        EventEnvelope second = event(orderId);
        snapshot(() -> deliver(orderId, first, true));
        snapshot(() -> deliver(orderId, second, false));

        // Redelivered from the first: each is applied again, though the aggregate recorded both.
        snapshot(() -> deliver(orderId, first, true));
        assertThat(orders.findById(orderId).delivered).isTrue();
        snapshot(() -> deliver(orderId, second, false));
        assertThat(orders.findById(orderId).delivered).isFalse();
        long version = orders.findById(orderId).version;

        // A snapshot that changes nothing writes nothing.
        snapshot(() -> deliver(orderId, event(orderId), false));
        assertThat(orders.findById(orderId).version).isEqualTo(version);
    }

    @Test
    void aChangeStartsFromTheAggregateHeldAndReadsAgainOnlyWhenAnotherWriterChangedIt() {
        String orderId = Api.unique("order");
        DeliveredOrder held = deliver(orderId, event(orderId), false);
        Cause cause = Cause.of(event(orderId));

        assertThat(orders.modify(held, cause, (o, e) -> o.customerId = "first")).contains("first");
        assertThat(orders.findById(orderId).customerId).isEqualTo("first");
        assertThat(orders.findById(orderId).version).isEqualTo(2);

        // Another writer moved it on: the held copy is stale, so the change is made again on a fresh read.
        orders.modify(orderId, cause, (o, e) -> o.delivered = true);
        assertThat(orders.modify(held, cause, (o, e) -> o.customerId = "second"))
                .contains("second");
        DeliveredOrder stored = orders.findById(orderId);
        assertThat(stored.customerId).isEqualTo("second");
        assertThat(stored.delivered).isTrue();
        assertThat(stored.version).isEqualTo(4);
    }

    @Test
    void outsideSuchHandlingAChangeThatChangesNothingWritesNothing() {
        String orderId = Api.unique("order");
        deliver(orderId, event(orderId), true);
        EventEnvelope again = event(orderId);

        assertThat(deliver(orderId, again, true).delivered).isTrue();
        assertThat(handled(orderId)).doesNotContain(again.id());
    }

    @Test
    void writesThatRecordNoEventAreRefused() {
        String orderId = Api.unique("order");
        Cause cause = Cause.of(event(orderId));

        assertThatThrownBy(() -> recorded(() -> orders.modify(orderId, cause, (o, e) -> o)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("modify records no event id");
        assertThatThrownBy(() -> snapshot(
                        () -> orders.upsert(orderId, cause, DeliveredOrder::new, (o, e) -> o.delivered = true)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("upsert records no event id");
        assertThatThrownBy(() -> recorded(() -> orders.create(new DeliveredOrder(), cause, e -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("create without an id");
        assertThat(orders.findByIdOptional(orderId)).isEmpty();

        // A creation under an id the event determines is allowed: its redelivery finds the id taken.
        DeliveredOrder keyed = new DeliveredOrder();
        keyed.id = orderId;
        recorded(() -> orders.create(keyed, cause, e -> {}));
        assertThatThrownBy(() -> recorded(() -> orders.create(keyed, cause, e -> {})))
                .isInstanceOf(DuplicateAggregateException.class);
    }

    private DeliveredOrder deliver(String orderId, EventEnvelope event, boolean delivered) {
        return orders.apply(orderId, event, DeliveredOrder::new, (order, events) -> order.delivered = delivered)
                .orElseThrow();
    }

    private static boolean recorded(Runnable handler) {
        return IdempotentHandling.run(IdempotentHandling.Kind.RECORDED, handler);
    }

    private static void snapshot(Runnable handler) {
        IdempotentHandling.run(IdempotentHandling.Kind.SNAPSHOT, handler);
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
