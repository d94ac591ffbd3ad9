package io.comptoir.catalog.messaging;

import io.comptoir.catalog.domain.CatalogService;
import io.comptoir.catalog.domain.ProductRatings;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.events.review.ReviewApproved;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The catalogue's consumer: computed prices become the prices of the variants without a manual one;
 * approved reviews bring the products' rating aggregates.
 */
@Singleton
public class CatalogPricingListener extends EventListener {

    public static final String CHANNEL = "catalog-in";

    CatalogPricingListener(Inbox inbox, CatalogService catalog, ProductRatings ratings) {
        super(
                inbox,
                EventHandlers.of(Engine.CATALOG)
                        .on(Topic.PRICING_PRICE_CALCULATED, PriceCalculated.class, catalog::applyPrice)
                        .on(Topic.REVIEW_REVIEW_APPROVED, ReviewApproved.class, ratings::onApproved));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
