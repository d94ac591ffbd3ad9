package io.comptoir.inventory.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.inventory.domain.InventoryService;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The inventory engine's consumer: orders placed hold stock, cancelled or refunded give it back, shipped take it out. */
@Singleton
public class InventoryOrderListener extends EventListener {

    public static final String CHANNEL = "inventory-in";

    InventoryOrderListener(Inbox inbox, InventoryService inventory) {
        super(
                inbox,
                EventHandlers.of(Engine.INVENTORY)
                        .on(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, inventory::placed)
                        .on(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, inventory::released)
                        .on(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, inventory::released)
                        .on(Topic.ORDER_ORDER_SHIPPED, OrderStatusChanged.class, inventory::shipped));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
