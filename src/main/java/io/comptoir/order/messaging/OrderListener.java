package io.comptoir.order.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.order.domain.CatalogViewUpdater;
import io.comptoir.order.domain.OrderService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The order engine's consumer: catalog events feed its catalogue view, and the inventory's refusal
 * to hold an order's stock cancels the order.
 */
@Singleton
public class OrderListener extends EventListener {

    public static final String CHANNEL = "order-in";

    OrderListener(Inbox inbox, CatalogViewUpdater view, OrderService orders) {
        super(
                inbox,
                EventHandlers.of(Engine.ORDER)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, view::onDeleted)
                        .on(Topic.INVENTORY_STOCK_RESERVED, StockReserved.class, orders::onStockReserved));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
