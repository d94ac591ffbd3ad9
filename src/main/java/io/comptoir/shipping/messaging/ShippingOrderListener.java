package io.comptoir.shipping.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.shipping.domain.ShippingService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The shipping engine's consumer: confirmed orders may ship, cancelled or refunded ones may not. */
@Singleton
public class ShippingOrderListener extends EventListener {

    public static final String CHANNEL = "shipping-in";

    ShippingOrderListener(Inbox inbox, ShippingService shipping) {
        super(
                inbox,
                EventHandlers.of(Engine.SHIPPING)
                        .on(Topic.ORDER_ORDER_CONFIRMED, OrderStatusChanged.class, shipping::onConfirmed)
                        .on(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, shipping::onWithdrawn)
                        .on(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, shipping::onWithdrawn));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
