package io.comptoir.analytics.messaging;

import io.comptoir.analytics.domain.AnalyticsService;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The analytics engine's consumer (orders, product views). */
@Singleton
public class AnalyticsListener extends EventListener {

    public static final String CHANNEL = "analytics-in";

    AnalyticsListener(Inbox inbox, AnalyticsService analytics) {
        super(
                inbox,
                EventHandlers.of(Engine.ANALYTICS)
                        .on(Topic.CATALOG_PRODUCT_VIEWED, ProductViewed.class, analytics::viewed)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, analytics::placed)
                        .onIdempotent(Topic.ORDER_ORDER_CONFIRMED, OrderStatusChanged.class, analytics::confirmed)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, analytics::undone)
                        .onIdempotent(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, analytics::undone));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
