package io.comptoir.pricing.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.events.pricing.MarginUpdated;
import io.comptoir.events.pricing.PricingSettingsChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.pricing.domain.GroupTiers;
import io.comptoir.pricing.domain.PricingService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The pricing engine's consumer: catalogue changes, and its own settings and margin changes, reprice
 * products; a group buy reaching a tier activates that tier's price.
 */
@Singleton
public class PricingListener extends EventListener {

    public static final String CHANNEL = "pricing-in";

    PricingListener(Inbox inbox, PricingService pricing, GroupTiers groupTiers) {
        super(
                inbox,
                EventHandlers.of(Engine.PRICING)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, pricing::onProduct)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, pricing::onProduct)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, pricing::onDeleted)
                        .on(Topic.PRICING_SETTINGS_CHANGED, PricingSettingsChanged.class, pricing::onSettingsChanged)
                        .on(Topic.PRICING_MARGIN_UPDATED, MarginUpdated.class, pricing::onMarginUpdated)
                        .on(Topic.GROUPBUY_THRESHOLD_REACHED, ThresholdReached.class, groupTiers::onThresholdReached));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
