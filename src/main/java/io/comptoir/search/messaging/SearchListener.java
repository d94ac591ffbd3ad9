package io.comptoir.search.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.CategoryUpdated;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.search.domain.SearchService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The search engine's consumer: products, categories and stock keep the search documents current. */
@Singleton
public class SearchListener extends EventListener {

    public static final String CHANNEL = "search-in";

    SearchListener(Inbox inbox, SearchService search) {
        super(
                inbox,
                EventHandlers.of(Engine.SEARCH)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, search::snapshot)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, search::snapshot)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, search::deleted)
                        .on(Topic.CATALOG_CATEGORY_UPDATED, CategoryUpdated.class, search::category)
                        .onSnapshot(Topic.INVENTORY_STOCK_UPDATED, StockUpdated.class, search::stock));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
