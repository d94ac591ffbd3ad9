package io.comptoir.suggestion.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.suggestion.domain.SuggestionService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The suggestion engine's consumer: the catalogue and its stock, views, and what is ordered together. */
@Singleton
public class SuggestionListener extends EventListener {

    public static final String CHANNEL = "suggestion-in";

    SuggestionListener(Inbox inbox, SuggestionService suggestions) {
        super(
                inbox,
                EventHandlers.of(Engine.SUGGESTION)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, suggestions::snapshot)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, suggestions::snapshot)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, suggestions::deleted)
                        .on(Topic.CATALOG_PRODUCT_VIEWED, ProductViewed.class, suggestions::viewed)
                        .onSnapshot(Topic.INVENTORY_STOCK_UPDATED, StockUpdated.class, suggestions::stock)
                        .on(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, suggestions::placed));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
