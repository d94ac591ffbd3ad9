package io.comptoir.order.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.order.domain.CatalogViewUpdater;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The order engine's consumer: catalog events feed its catalogue view. */
@Singleton
public class OrderCatalogListener extends EventListener {

    public static final String CHANNEL = "order-in";

    OrderCatalogListener(Inbox inbox, CatalogViewUpdater view) {
        super(
                inbox,
                EventHandlers.of(Engine.ORDER)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, view::onDeleted));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
