package io.comptoir.order.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.fraud.OrderCleared;
import io.comptoir.events.fraud.OrderFlagged;
import io.comptoir.events.fraud.OrderRejected;
import io.comptoir.events.groupbuy.GroupClosed;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.loyalty.PointsRedeemed;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.payment.PaymentInitiated;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.events.promotion.PromoCodeCreated;
import io.comptoir.events.promotion.PromoCodeRedeemed;
import io.comptoir.events.promotion.SaleEnded;
import io.comptoir.events.promotion.SaleStarted;
import io.comptoir.events.shipping.ShipmentDelivered;
import io.comptoir.events.shipping.ShipmentUpdated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.order.domain.CatalogViewUpdater;
import io.comptoir.order.domain.FraudHold;
import io.comptoir.order.domain.GroupBuyOrders;
import io.comptoir.order.domain.OrderPayments;
import io.comptoir.order.domain.OrderService;
import io.comptoir.order.domain.PointsRedemption;
import io.comptoir.order.domain.PromotionViewUpdater;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The order engine's consumer: catalog and promotion events feed its views of the catalogue and
 * of the promotions; the inventory's or the promotion engine's refusal cancels an order; the
 * shipment's tracking marks it shipped and delivered; the payment engine's events drive the
 * payment saga (confirmed when paid, cancelled when refused, refunded when given back); the
 * loyalty engine's refusal of the points an order redeems cancels it; the fraud engine's flag
 * holds an order, its decision confirms or cancels it; a closed group buy places one order per
 * member.
 */
@Singleton
public class OrderListener extends EventListener {

    public static final String CHANNEL = "order-in";

    OrderListener(
            Inbox inbox,
            CatalogViewUpdater view,
            OrderService orders,
            PromotionViewUpdater promotions,
            OrderPayments payments,
            PointsRedemption points,
            FraudHold fraud,
            GroupBuyOrders groupBuys) {
        super(
                inbox,
                EventHandlers.of(Engine.ORDER)
                        .on(Topic.CATALOG_PRODUCT_CREATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_UPDATED, ProductSnapshot.class, view::onSnapshot)
                        .on(Topic.CATALOG_PRODUCT_DELETED, ProductDeleted.class, view::onDeleted)
                        .onIdempotent(Topic.INVENTORY_STOCK_RESERVED, StockReserved.class, orders::onStockReserved)
                        .on(Topic.PROMOTION_CODE_CREATED, PromoCodeCreated.class, promotions::onCodeCreated)
                        .onIdempotent(Topic.PROMOTION_CODE_REDEEMED, PromoCodeRedeemed.class, orders::onCodeRedeemed)
                        .on(Topic.PROMOTION_SALE_STARTED, SaleStarted.class, promotions::onSaleStarted)
                        .on(Topic.PROMOTION_SALE_ENDED, SaleEnded.class, promotions::onSaleEnded)
                        .onIdempotent(Topic.SHIPPING_SHIPMENT_UPDATED, ShipmentUpdated.class, orders::onShipmentUpdated)
                        .onIdempotent(
                                Topic.SHIPPING_SHIPMENT_DELIVERED, ShipmentDelivered.class, orders::onShipmentDelivered)
                        .on(Topic.PAYMENT_PAYMENT_INITIATED, PaymentInitiated.class, payments::onInitiated)
                        .on(Topic.PAYMENT_PAYMENT_COMPLETED, PaymentCompleted.class, payments::onCompleted)
                        .on(Topic.PAYMENT_PAYMENT_FAILED, PaymentFailed.class, payments::onFailed)
                        .on(Topic.PAYMENT_PAYMENT_REFUNDED, PaymentRefunded.class, payments::onRefunded)
                        .on(Topic.LOYALTY_POINTS_REDEEMED, PointsRedeemed.class, points::onPointsRedeemed)
                        .on(Topic.FRAUD_ORDER_FLAGGED, OrderFlagged.class, fraud::onFlagged)
                        .on(Topic.FRAUD_ORDER_CLEARED, OrderCleared.class, fraud::onCleared)
                        .on(Topic.FRAUD_ORDER_REJECTED, OrderRejected.class, fraud::onRejected)
                        .on(Topic.GROUPBUY_GROUP_CLOSED, GroupClosed.class, groupBuys::onGroupClosed));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
