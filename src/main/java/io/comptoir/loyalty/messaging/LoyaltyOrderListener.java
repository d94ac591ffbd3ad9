package io.comptoir.loyalty.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.loyalty.domain.LoyaltyService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The loyalty engine's consumer: order events earn, credit, redeem and reverse points. */
@Singleton
public class LoyaltyOrderListener extends EventListener {

    public static final String CHANNEL = "loyalty-in";

    LoyaltyOrderListener(Inbox inbox, LoyaltyService loyalty) {
        super(
                inbox,
                EventHandlers.of(Engine.LOYALTY)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, loyalty::placed)
                        .onIdempotent(Topic.ORDER_ORDER_CONFIRMED, OrderStatusChanged.class, loyalty::confirmed)
                        .onIdempotent(Topic.ORDER_ORDER_DELIVERED, OrderStatusChanged.class, loyalty::delivered)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, loyalty::reversed)
                        .onIdempotent(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, loyalty::reversed));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
