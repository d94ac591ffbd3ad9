package io.comptoir.events;

import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.catalog.VariantCreated;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The topic registry: every Kafka topic of Comptoir ({@code {domain}.{entity}.{action}}, SPEC §2
 * and {@code shared/topics.txt}) with its payload type, Kafka key, owning engine (the only one
 * allowed to emit it) and consuming engines (the only ones allowed to subscribe). Topics whose
 * engine is not built yet have no payload type: nothing may emit or consume them until it has one.
 * Names take the deployment-wide prefix ({@code comptoir.kafka.topic-prefix}) at run time.
 */
public enum Topic {
    CATALOG_PRODUCT_CREATED(
            "catalog.product.created", Engine.CATALOG, ProductSnapshot.class, "productId", Engine.ORDER),
    CATALOG_PRODUCT_UPDATED(
            "catalog.product.updated", Engine.CATALOG, ProductSnapshot.class, "productId", Engine.ORDER),
    CATALOG_PRODUCT_DELETED("catalog.product.deleted", Engine.CATALOG, ProductDeleted.class, "productId", Engine.ORDER),
    CATALOG_PRODUCT_VIEWED("catalog.product.viewed", Engine.CATALOG, ProductViewed.class, "productId"),
    CATALOG_VARIANT_CREATED("catalog.variant.created", Engine.CATALOG, VariantCreated.class, "productId"),
    CATALOG_CATEGORY_UPDATED("catalog.category.updated", Engine.CATALOG, null, "categoryId"),
    PRICING_PRICE_CALCULATED("pricing.price.calculated", Engine.PRICING, null, "productId"),
    PRICING_MARGIN_UPDATED("pricing.margin.updated", Engine.PRICING, null, "categoryId"),
    PRICING_SETTINGS_CHANGED("pricing.settings.changed", Engine.PRICING, null, "settingsId"),
    PRICING_TIER_ACTIVATED("pricing.tier.activated", Engine.PRICING, null, "productId"),
    ORDER_CART_UPDATED("order.cart.updated", Engine.ORDER, null, "customerId"),
    ORDER_ORDER_PLACED("order.order.placed", Engine.ORDER, OrderPlaced.class, "orderId", Engine.LOYALTY),
    ORDER_ORDER_CONFIRMED("order.order.confirmed", Engine.ORDER, OrderStatusChanged.class, "orderId"),
    ORDER_ORDER_SHIPPED("order.order.shipped", Engine.ORDER, OrderStatusChanged.class, "orderId"),
    ORDER_ORDER_DELIVERED("order.order.delivered", Engine.ORDER, OrderStatusChanged.class, "orderId", Engine.LOYALTY),
    ORDER_ORDER_CANCELLED("order.order.cancelled", Engine.ORDER, OrderStatusChanged.class, "orderId", Engine.LOYALTY),
    ORDER_ORDER_REFUNDED("order.order.refunded", Engine.ORDER, OrderStatusChanged.class, "orderId", Engine.LOYALTY),
    BILLING_QUOTE_CREATED("billing.quote.created", Engine.BILLING, null, "quoteId"),
    BILLING_QUOTE_ACCEPTED("billing.quote.accepted", Engine.BILLING, null, "quoteId"),
    BILLING_INVOICE_GENERATED("billing.invoice.generated", Engine.BILLING, null, "invoiceId"),
    BILLING_INVOICE_PAID("billing.invoice.paid", Engine.BILLING, null, "invoiceId"),
    BILLING_INVOICE_OVERDUE("billing.invoice.overdue", Engine.BILLING, null, "invoiceId"),
    BILLING_CREDIT_ISSUED("billing.credit.issued", Engine.BILLING, null, "creditNoteId"),
    INVENTORY_STOCK_UPDATED("inventory.stock.updated", Engine.INVENTORY, null, "sku"),
    INVENTORY_STOCK_LOW("inventory.stock.low", Engine.INVENTORY, null, "sku"),
    INVENTORY_STOCK_DEPLETED("inventory.stock.depleted", Engine.INVENTORY, null, "sku"),
    INVENTORY_STOCK_RESERVED("inventory.stock.reserved", Engine.INVENTORY, null, "sku"),
    INVENTORY_STOCK_RELEASED("inventory.stock.released", Engine.INVENTORY, null, "sku"),
    INVENTORY_REORDER_SUGGESTED("inventory.reorder.suggested", Engine.INVENTORY, null, "sku"),
    LOYALTY_POINTS_EARNED("loyalty.points.earned", Engine.LOYALTY, PointsEarned.class, "customerId"),
    LOYALTY_POINTS_REDEEMED("loyalty.points.redeemed", Engine.LOYALTY, null, "customerId"),
    LOYALTY_TIER_UPGRADED("loyalty.tier.upgraded", Engine.LOYALTY, null, "customerId"),
    LOYALTY_TIER_DOWNGRADED("loyalty.tier.downgraded", Engine.LOYALTY, null, "customerId"),
    LOYALTY_REWARD_UNLOCKED("loyalty.reward.unlocked", Engine.LOYALTY, null, "customerId"),
    PROMOTION_CODE_CREATED("promotion.code.created", Engine.PROMOTION, null, "code"),
    PROMOTION_CODE_REDEEMED("promotion.code.redeemed", Engine.PROMOTION, null, "code"),
    PROMOTION_SALE_STARTED("promotion.sale.started", Engine.PROMOTION, null, "saleId"),
    PROMOTION_SALE_ENDED("promotion.sale.ended", Engine.PROMOTION, null, "saleId"),
    GROUPBUY_GROUP_CREATED("groupbuy.group.created", Engine.GROUPBUY, null, "groupId"),
    GROUPBUY_PARTICIPANT_JOINED("groupbuy.participant.joined", Engine.GROUPBUY, null, "groupId"),
    GROUPBUY_THRESHOLD_REACHED("groupbuy.threshold.reached", Engine.GROUPBUY, null, "groupId"),
    GROUPBUY_GROUP_CLOSED("groupbuy.group.closed", Engine.GROUPBUY, null, "groupId"),
    GROUPBUY_GROUP_EXPIRED("groupbuy.group.expired", Engine.GROUPBUY, null, "groupId"),
    PAYMENT_PAYMENT_REQUESTED("payment.payment.requested", Engine.ORDER, null, "orderId"),
    PAYMENT_PAYMENT_INITIATED("payment.payment.initiated", Engine.PAYMENT, null, "paymentId"),
    PAYMENT_PAYMENT_COMPLETED("payment.payment.completed", Engine.PAYMENT, null, "paymentId"),
    PAYMENT_PAYMENT_FAILED("payment.payment.failed", Engine.PAYMENT, null, "paymentId"),
    PAYMENT_PAYMENT_REFUNDED("payment.payment.refunded", Engine.PAYMENT, null, "paymentId"),
    PAYMENT_PAYMENT_UPDATED("payment.payment.updated", Engine.PAYMENT, null, "paymentId"),
    PAYMENT_SUBSCRIPTION_REQUESTED("payment.subscription.requested", Engine.CUSTOMER, null, "customerId"),
    PAYMENT_SUBSCRIPTION_CREATED("payment.subscription.created", Engine.PAYMENT, null, "subscriptionId"),
    PAYMENT_SUBSCRIPTION_UPDATED("payment.subscription.updated", Engine.PAYMENT, null, "subscriptionId"),
    PAYMENT_SUBSCRIPTION_PAID("payment.subscription.paid", Engine.PAYMENT, null, "subscriptionId"),
    PAYMENT_WEBHOOK_RECEIVED("payment.webhook.received", Engine.PAYMENT, null, "stripeEventId"),
    PAYMENT_WEBHOOK_PROCESSED("payment.webhook.processed", Engine.PAYMENT, null, "stripeEventId"),
    ANALYTICS_PAYMENT_RECORDED("analytics.payment.recorded", Engine.PAYMENT, null, "paymentId"),
    CUSTOMER_CUSTOMER_ONBOARDED("customer.customer.onboarded", Engine.CUSTOMER, null, "customerId"),
    CUSTOMER_CUSTOMER_ACTIVATED("customer.customer.activated", Engine.CUSTOMER, null, "customerId"),
    CUSTOMER_CUSTOMER_DEACTIVATED("customer.customer.deactivated", Engine.CUSTOMER, null, "customerId"),
    CUSTOMER_CUSTOMER_PROMOTED("customer.customer.promoted", Engine.CUSTOMER, null, "customerId"),
    CUSTOMER_CUSTOMER_PROFILED("customer.customer.profiled", Engine.CUSTOMER, null, "customerId"),
    NOTIFICATION_EMAIL_SENT("notification.email.sent", Engine.NOTIFICATION, null, "customerId"),
    NOTIFICATION_SMS_SENT("notification.sms.sent", Engine.NOTIFICATION, null, "customerId"),
    NOTIFICATION_PUSH_SENT("notification.push.sent", Engine.NOTIFICATION, null, "customerId"),
    NOTIFICATION_WHATSAPP_SENT("notification.whatsapp.sent", Engine.NOTIFICATION, null, "customerId"),
    NOTIFICATION_MESSAGE_FAILED("notification.message.failed", Engine.NOTIFICATION, null, "customerId"),
    SHIPPING_SHIPMENT_CREATED("shipping.shipment.created", Engine.SHIPPING, null, "shipmentId"),
    SHIPPING_SHIPMENT_UPDATED("shipping.shipment.updated", Engine.SHIPPING, null, "shipmentId"),
    SHIPPING_SHIPMENT_DELIVERED("shipping.shipment.delivered", Engine.SHIPPING, null, "shipmentId"),
    TECHNICIAN_MISSION_CREATED("technician.mission.created", Engine.TECHNICIAN, null, "missionId"),
    TECHNICIAN_BID_PLACED("technician.bid.placed", Engine.TECHNICIAN, null, "missionId"),
    TECHNICIAN_MISSION_ASSIGNED("technician.mission.assigned", Engine.TECHNICIAN, null, "missionId"),
    TECHNICIAN_MISSION_COMPLETED("technician.mission.completed", Engine.TECHNICIAN, null, "missionId"),
    REVIEW_REVIEW_SUBMITTED("review.review.submitted", Engine.REVIEW, null, "reviewId"),
    REVIEW_REVIEW_APPROVED("review.review.approved", Engine.REVIEW, null, "reviewId"),
    REVIEW_REVIEW_REJECTED("review.review.rejected", Engine.REVIEW, null, "reviewId"),
    ANALYTICS_EVENT_TRACKED("analytics.event.tracked", Engine.ANALYTICS, null, "sessionId"),
    ANALYTICS_CONVERSION_RECORDED("analytics.conversion.recorded", Engine.ANALYTICS, null, "sessionId"),
    ANALYTICS_SESSION_STARTED("analytics.session.started", Engine.ANALYTICS, null, "sessionId"),
    ANALYTICS_SESSION_ENDED("analytics.session.ended", Engine.ANALYTICS, null, "sessionId"),
    FRAUD_ORDER_FLAGGED("fraud.order.flagged", Engine.FRAUD, null, "orderId"),
    FRAUD_ORDER_CLEARED("fraud.order.cleared", Engine.FRAUD, null, "orderId"),
    FRAUD_ORDER_REJECTED("fraud.order.rejected", Engine.FRAUD, null, "orderId");

    /** Payload schema version written in every envelope; a consumer refuses versions it does not know. */
    public static final int CURRENT_VERSION = 1;

    private static final Map<String, Topic> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Topic::id, Function.identity()));

    private final String id;
    private final Engine owner;
    private final Class<?> payloadType;
    private final String key;
    private final Set<Engine> consumers;

    Topic(String id, Engine owner, Class<?> payloadType, String key, Engine... consumers) {
        this.id = id;
        this.owner = owner;
        this.payloadType = payloadType;
        this.key = key;
        this.consumers = consumers.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(List.of(consumers)));
    }

    /** The unprefixed name, e.g. {@code order.order.placed}; also the CloudEvents {@code type}. */
    public String id() {
        return id;
    }

    public Engine owner() {
        return owner;
    }

    /** The payload record, or empty while the owning engine is not built. */
    public Optional<Class<?>> payloadType() {
        return Optional.ofNullable(payloadType);
    }

    /** Name of the aggregate id used as Kafka key, so every event of one aggregate stays in order. */
    public String key() {
        return key;
    }

    public Set<Engine> consumers() {
        return consumers;
    }

    public boolean mayBeConsumedBy(Engine engine) {
        return consumers.contains(engine);
    }

    public static Optional<Topic> byId(String id) {
        return Optional.ofNullable(BY_NAME.get(id));
    }

    /** Every topic an engine is granted to consume. */
    public static Set<Topic> consumedBy(Engine engine) {
        return Arrays.stream(values())
                .filter(t -> t.mayBeConsumedBy(engine))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }
}
