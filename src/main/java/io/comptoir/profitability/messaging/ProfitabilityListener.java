package io.comptoir.profitability.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.events.pricing.PricingSettingsChanged;
import io.comptoir.events.shipping.ShipmentCreated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.profitability.domain.ProfitabilityService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The profitability engine's consumer: products and their costs, pricing rates, orders and their shipping. */
@Singleton
public class ProfitabilityListener extends EventListener {

    public static final String CHANNEL = "profitability-in";

    ProfitabilityListener(Inbox inbox, ProfitabilityService profitability) {
        super(
                inbox,
                EventHandlers.of(Engine.PROFITABILITY)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, profitability::productChanged)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, profitability::productChanged)
                        .on(Topic.PRICING_PRICE_CALCULATED, PriceCalculated.class, profitability::priceCalculated)
                        .on(
                                Topic.PRICING_SETTINGS_CHANGED,
                                PricingSettingsChanged.class,
                                profitability::settingsChanged)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, profitability::placed)
                        .onIdempotent(Topic.ORDER_ORDER_CONFIRMED, OrderStatusChanged.class, profitability::confirmed)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, profitability::undone)
                        .onIdempotent(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, profitability::undone)
                        .onIdempotent(Topic.SHIPPING_SHIPMENT_CREATED, ShipmentCreated.class, profitability::shipped));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
