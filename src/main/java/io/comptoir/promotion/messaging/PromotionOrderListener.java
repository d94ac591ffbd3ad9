package io.comptoir.promotion.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.promotion.domain.PromotionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The promotion engine's consumer: orders placed with a code redeem it, cancelled ones give it back. */
@Singleton
public class PromotionOrderListener extends EventListener {

    public static final String CHANNEL = "promotion-in";

    PromotionOrderListener(Inbox inbox, PromotionService promotions) {
        super(
                inbox,
                EventHandlers.of(Engine.PROMOTION)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, promotions::onPlaced)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, promotions::onCancelled));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
