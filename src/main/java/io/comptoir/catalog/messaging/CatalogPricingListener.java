package io.comptoir.catalog.messaging;

import io.comptoir.catalog.domain.CatalogService;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The catalogue's consumer: computed prices become the prices of the variants without a manual one. */
@Singleton
public class CatalogPricingListener extends EventListener {

    public static final String CHANNEL = "catalog-in";

    CatalogPricingListener(Inbox inbox, CatalogService catalog) {
        super(
                inbox,
                EventHandlers.of(Engine.CATALOG)
                        .on(Topic.PRICING_PRICE_CALCULATED, PriceCalculated.class, catalog::applyPrice));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
