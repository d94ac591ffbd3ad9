package io.comptoir.events;

import io.comptoir.events.analytics.ConversionRecorded;
import io.comptoir.events.analytics.EventTracked;
import io.comptoir.events.analytics.SessionEnded;
import io.comptoir.events.analytics.SessionStarted;
import io.comptoir.events.billing.CreditIssued;
import io.comptoir.events.billing.InvoiceGenerated;
import io.comptoir.events.billing.InvoiceOverdue;
import io.comptoir.events.billing.InvoicePaid;
import io.comptoir.events.billing.QuoteAccepted;
import io.comptoir.events.billing.QuoteCreated;
import io.comptoir.events.catalog.CategoryUpdated;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.catalog.VariantCreated;
import io.comptoir.events.customer.CustomerActivated;
import io.comptoir.events.customer.CustomerDeactivated;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.customer.CustomerProfiled;
import io.comptoir.events.customer.CustomerPromoted;
import io.comptoir.events.fraud.OrderCleared;
import io.comptoir.events.fraud.OrderFlagged;
import io.comptoir.events.fraud.OrderRejected;
import io.comptoir.events.groupbuy.GroupClosed;
import io.comptoir.events.groupbuy.GroupCreated;
import io.comptoir.events.groupbuy.GroupExpired;
import io.comptoir.events.groupbuy.ParticipantJoined;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.events.inventory.ReorderSuggested;
import io.comptoir.events.inventory.StockDepleted;
import io.comptoir.events.inventory.StockLow;
import io.comptoir.events.inventory.StockReleased;
import io.comptoir.events.inventory.StockReserved;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.PointsRedeemed;
import io.comptoir.events.loyalty.RewardUnlocked;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.notification.NotificationFailed;
import io.comptoir.events.notification.NotificationSent;
import io.comptoir.events.order.CartUpdated;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.payment.PaymentInitiated;
import io.comptoir.events.payment.PaymentRecorded;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.events.payment.PaymentRequested;
import io.comptoir.events.payment.PaymentUpdated;
import io.comptoir.events.payment.SubscriptionCreated;
import io.comptoir.events.payment.SubscriptionPaid;
import io.comptoir.events.payment.SubscriptionRequested;
import io.comptoir.events.payment.SubscriptionUpdated;
import io.comptoir.events.payment.WebhookProcessed;
import io.comptoir.events.payment.WebhookReceived;
import io.comptoir.events.pricing.MarginUpdated;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.events.pricing.PriceTierActivated;
import io.comptoir.events.pricing.PricingSettingsChanged;
import io.comptoir.events.promotion.PromoCodeCreated;
import io.comptoir.events.promotion.PromoCodeRedeemed;
import io.comptoir.events.promotion.SaleEnded;
import io.comptoir.events.promotion.SaleStarted;
import io.comptoir.events.review.ReviewApproved;
import io.comptoir.events.review.ReviewRejected;
import io.comptoir.events.review.ReviewSubmitted;
import io.comptoir.events.shipping.ShipmentCreated;
import io.comptoir.events.shipping.ShipmentDelivered;
import io.comptoir.events.shipping.ShipmentUpdated;
import io.comptoir.events.technician.BidPlaced;
import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.events.technician.MissionCreated;
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
 * allowed to emit it) and consuming engines (the only ones allowed to subscribe). The payload types
 * of engines not built yet are first versions, refined (with a new schema version) when they are.
 * Names take the deployment-wide prefix ({@code comptoir.kafka.topic-prefix}) at run time.
 */
public enum Topic {
    CATALOG_PRODUCT_CREATED(
            "catalog.product.created",
            Engine.CATALOG,
            ProductSnapshot.class,
            "productId",
            Engine.ORDER,
            Engine.PRICING,
            Engine.SUGGESTION,
            Engine.SEARCH,
            Engine.PROFITABILITY),
    CATALOG_PRODUCT_UPDATED(
            "catalog.product.updated",
            Engine.CATALOG,
            ProductSnapshot.class,
            "productId",
            Engine.ORDER,
            Engine.PRICING,
            Engine.SUGGESTION,
            Engine.SEARCH,
            Engine.PROFITABILITY),
    CATALOG_PRODUCT_DELETED(
            "catalog.product.deleted",
            Engine.CATALOG,
            ProductDeleted.class,
            "productId",
            Engine.ORDER,
            Engine.PRICING,
            Engine.SUGGESTION,
            Engine.SEARCH),
    CATALOG_PRODUCT_VIEWED(
            "catalog.product.viewed",
            Engine.CATALOG,
            ProductViewed.class,
            "productId",
            Engine.SUGGESTION,
            Engine.ANALYTICS),
    CATALOG_VARIANT_CREATED("catalog.variant.created", Engine.CATALOG, VariantCreated.class, "productId"),
    CATALOG_CATEGORY_UPDATED(
            "catalog.category.updated", Engine.CATALOG, CategoryUpdated.class, "categoryId", Engine.SEARCH),
    PRICING_PRICE_CALCULATED(
            "pricing.price.calculated",
            Engine.PRICING,
            PriceCalculated.class,
            "productId",
            Engine.CATALOG,
            Engine.PROFITABILITY),
    // The pricing engine consumes its own settings and margin changes to reprice the products.
    PRICING_MARGIN_UPDATED("pricing.margin.updated", Engine.PRICING, MarginUpdated.class, "categoryId", Engine.PRICING),
    PRICING_SETTINGS_CHANGED(
            "pricing.settings.changed",
            Engine.PRICING,
            PricingSettingsChanged.class,
            "settingsId",
            Engine.PRICING,
            Engine.PROFITABILITY),
    PRICING_TIER_ACTIVATED("pricing.tier.activated", Engine.PRICING, PriceTierActivated.class, "productId"),
    ORDER_CART_UPDATED("order.cart.updated", Engine.ORDER, CartUpdated.class, "customerId"),
    ORDER_ORDER_PLACED(
            "order.order.placed",
            Engine.ORDER,
            OrderPlaced.class,
            "orderId",
            Engine.LOYALTY,
            Engine.INVENTORY,
            Engine.PROMOTION,
            Engine.BILLING,
            Engine.CUSTOMER,
            Engine.NOTIFICATION,
            Engine.SUGGESTION,
            Engine.FRAUD,
            Engine.REVIEW,
            Engine.PROFITABILITY,
            Engine.ANALYTICS),
    ORDER_ORDER_CONFIRMED(
            "order.order.confirmed",
            Engine.ORDER,
            OrderStatusChanged.class,
            "orderId",
            Engine.BILLING,
            Engine.SHIPPING,
            Engine.LOYALTY,
            Engine.PROFITABILITY,
            Engine.ANALYTICS),
    ORDER_ORDER_SHIPPED(
            "order.order.shipped",
            Engine.ORDER,
            OrderStatusChanged.class,
            "orderId",
            Engine.INVENTORY,
            Engine.NOTIFICATION),
    ORDER_ORDER_DELIVERED(
            "order.order.delivered",
            Engine.ORDER,
            OrderStatusChanged.class,
            "orderId",
            Engine.LOYALTY,
            Engine.CUSTOMER,
            Engine.NOTIFICATION,
            Engine.REVIEW),
    ORDER_ORDER_CANCELLED(
            "order.order.cancelled",
            Engine.ORDER,
            OrderStatusChanged.class,
            "orderId",
            Engine.LOYALTY,
            Engine.INVENTORY,
            Engine.PROMOTION,
            Engine.SHIPPING,
            Engine.BILLING,
            Engine.PAYMENT,
            Engine.CUSTOMER,
            Engine.NOTIFICATION,
            Engine.FRAUD,
            Engine.PROFITABILITY,
            Engine.ANALYTICS),
    ORDER_ORDER_REFUNDED(
            "order.order.refunded",
            Engine.ORDER,
            OrderStatusChanged.class,
            "orderId",
            Engine.LOYALTY,
            Engine.INVENTORY,
            Engine.BILLING,
            Engine.SHIPPING,
            Engine.CUSTOMER,
            Engine.PROFITABILITY,
            Engine.ANALYTICS),
    BILLING_QUOTE_CREATED("billing.quote.created", Engine.BILLING, QuoteCreated.class, "quoteId"),
    BILLING_QUOTE_ACCEPTED("billing.quote.accepted", Engine.BILLING, QuoteAccepted.class, "quoteId"),
    BILLING_INVOICE_GENERATED(
            "billing.invoice.generated", Engine.BILLING, InvoiceGenerated.class, "invoiceId", Engine.NOTIFICATION),
    BILLING_INVOICE_PAID("billing.invoice.paid", Engine.BILLING, InvoicePaid.class, "invoiceId"),
    BILLING_INVOICE_OVERDUE(
            "billing.invoice.overdue", Engine.BILLING, InvoiceOverdue.class, "invoiceId", Engine.NOTIFICATION),
    BILLING_CREDIT_ISSUED("billing.credit.issued", Engine.BILLING, CreditIssued.class, "creditNoteId"),
    INVENTORY_STOCK_UPDATED(
            "inventory.stock.updated", Engine.INVENTORY, StockUpdated.class, "sku", Engine.SUGGESTION, Engine.SEARCH),
    INVENTORY_STOCK_LOW("inventory.stock.low", Engine.INVENTORY, StockLow.class, "sku"),
    INVENTORY_STOCK_DEPLETED("inventory.stock.depleted", Engine.INVENTORY, StockDepleted.class, "sku"),
    INVENTORY_STOCK_RESERVED("inventory.stock.reserved", Engine.INVENTORY, StockReserved.class, "sku", Engine.ORDER),
    INVENTORY_STOCK_RELEASED("inventory.stock.released", Engine.INVENTORY, StockReleased.class, "sku"),
    INVENTORY_REORDER_SUGGESTED("inventory.reorder.suggested", Engine.INVENTORY, ReorderSuggested.class, "sku"),
    LOYALTY_POINTS_EARNED(
            "loyalty.points.earned",
            Engine.LOYALTY,
            PointsEarned.class,
            "customerId",
            Engine.CUSTOMER,
            Engine.NOTIFICATION),
    LOYALTY_POINTS_REDEEMED(
            "loyalty.points.redeemed", Engine.LOYALTY, PointsRedeemed.class, "customerId", Engine.ORDER),
    LOYALTY_TIER_UPGRADED(
            "loyalty.tier.upgraded",
            Engine.LOYALTY,
            TierChanged.class,
            "customerId",
            Engine.CUSTOMER,
            Engine.NOTIFICATION),
    LOYALTY_TIER_DOWNGRADED(
            "loyalty.tier.downgraded", Engine.LOYALTY, TierChanged.class, "customerId", Engine.CUSTOMER),
    LOYALTY_REWARD_UNLOCKED("loyalty.reward.unlocked", Engine.LOYALTY, RewardUnlocked.class, "customerId"),
    PROMOTION_CODE_CREATED("promotion.code.created", Engine.PROMOTION, PromoCodeCreated.class, "code", Engine.ORDER),
    PROMOTION_CODE_REDEEMED("promotion.code.redeemed", Engine.PROMOTION, PromoCodeRedeemed.class, "code", Engine.ORDER),
    PROMOTION_SALE_STARTED("promotion.sale.started", Engine.PROMOTION, SaleStarted.class, "saleId", Engine.ORDER),
    PROMOTION_SALE_ENDED("promotion.sale.ended", Engine.PROMOTION, SaleEnded.class, "saleId", Engine.ORDER),

    GROUPBUY_GROUP_CREATED("groupbuy.group.created", Engine.GROUPBUY, GroupCreated.class, "groupId"),
    GROUPBUY_PARTICIPANT_JOINED(
            "groupbuy.participant.joined", Engine.GROUPBUY, ParticipantJoined.class, "groupId", Engine.NOTIFICATION),
    GROUPBUY_THRESHOLD_REACHED(
            "groupbuy.threshold.reached",
            Engine.GROUPBUY,
            ThresholdReached.class,
            "groupId",
            Engine.NOTIFICATION,
            Engine.PRICING),
    GROUPBUY_GROUP_CLOSED("groupbuy.group.closed", Engine.GROUPBUY, GroupClosed.class, "groupId", Engine.ORDER),
    GROUPBUY_GROUP_EXPIRED("groupbuy.group.expired", Engine.GROUPBUY, GroupExpired.class, "groupId"),
    PAYMENT_PAYMENT_REQUESTED(
            "payment.payment.requested", Engine.ORDER, PaymentRequested.class, "orderId", Engine.PAYMENT),
    PAYMENT_PAYMENT_INITIATED(
            "payment.payment.initiated", Engine.PAYMENT, PaymentInitiated.class, "paymentId", Engine.ORDER),
    PAYMENT_PAYMENT_COMPLETED(
            "payment.payment.completed",
            Engine.PAYMENT,
            PaymentCompleted.class,
            "paymentId",
            Engine.ORDER,
            Engine.BILLING,
            Engine.CUSTOMER,
            Engine.NOTIFICATION,
            Engine.FRAUD),
    PAYMENT_PAYMENT_FAILED(
            "payment.payment.failed",
            Engine.PAYMENT,
            PaymentFailed.class,
            "paymentId",
            Engine.ORDER,
            Engine.CUSTOMER,
            Engine.NOTIFICATION,
            Engine.FRAUD),
    PAYMENT_PAYMENT_REFUNDED(
            "payment.payment.refunded",
            Engine.PAYMENT,
            PaymentRefunded.class,
            "paymentId",
            Engine.ORDER,
            Engine.BILLING),
    PAYMENT_PAYMENT_UPDATED("payment.payment.updated", Engine.PAYMENT, PaymentUpdated.class, "paymentId"),
    PAYMENT_SUBSCRIPTION_REQUESTED(
            "payment.subscription.requested",
            Engine.CUSTOMER,
            SubscriptionRequested.class,
            "customerId",
            Engine.PAYMENT),
    PAYMENT_SUBSCRIPTION_CREATED(
            "payment.subscription.created",
            Engine.PAYMENT,
            SubscriptionCreated.class,
            "subscriptionId",
            Engine.CUSTOMER),
    PAYMENT_SUBSCRIPTION_UPDATED(
            "payment.subscription.updated",
            Engine.PAYMENT,
            SubscriptionUpdated.class,
            "subscriptionId",
            Engine.CUSTOMER),
    PAYMENT_SUBSCRIPTION_PAID(
            "payment.subscription.paid", Engine.PAYMENT, SubscriptionPaid.class, "subscriptionId", Engine.CUSTOMER),
    // The payment engine applies the Stripe events its webhook endpoint stored.
    PAYMENT_WEBHOOK_RECEIVED(
            "payment.webhook.received", Engine.PAYMENT, WebhookReceived.class, "stripeEventId", Engine.PAYMENT),
    PAYMENT_WEBHOOK_PROCESSED("payment.webhook.processed", Engine.PAYMENT, WebhookProcessed.class, "stripeEventId"),
    ANALYTICS_PAYMENT_RECORDED("analytics.payment.recorded", Engine.PAYMENT, PaymentRecorded.class, "paymentId"),
    CUSTOMER_CUSTOMER_ONBOARDED(
            "customer.customer.onboarded",
            Engine.CUSTOMER,
            CustomerOnboarded.class,
            "customerId",
            Engine.NOTIFICATION,
            Engine.FRAUD),
    CUSTOMER_CUSTOMER_ACTIVATED(
            "customer.customer.activated", Engine.CUSTOMER, CustomerActivated.class, "customerId", Engine.NOTIFICATION),
    CUSTOMER_CUSTOMER_DEACTIVATED(
            "customer.customer.deactivated", Engine.CUSTOMER, CustomerDeactivated.class, "customerId"),
    CUSTOMER_CUSTOMER_PROMOTED(
            "customer.customer.promoted", Engine.CUSTOMER, CustomerPromoted.class, "customerId", Engine.NOTIFICATION),
    CUSTOMER_CUSTOMER_PROFILED("customer.customer.profiled", Engine.CUSTOMER, CustomerProfiled.class, "customerId"),
    NOTIFICATION_EMAIL_SENT("notification.email.sent", Engine.NOTIFICATION, NotificationSent.class, "customerId"),
    NOTIFICATION_SMS_SENT("notification.sms.sent", Engine.NOTIFICATION, NotificationSent.class, "customerId"),
    NOTIFICATION_PUSH_SENT("notification.push.sent", Engine.NOTIFICATION, NotificationSent.class, "customerId"),
    NOTIFICATION_WHATSAPP_SENT("notification.whatsapp.sent", Engine.NOTIFICATION, NotificationSent.class, "customerId"),
    NOTIFICATION_MESSAGE_FAILED(
            "notification.message.failed", Engine.NOTIFICATION, NotificationFailed.class, "customerId"),
    SHIPPING_SHIPMENT_CREATED(
            "shipping.shipment.created", Engine.SHIPPING, ShipmentCreated.class, "shipmentId", Engine.PROFITABILITY),
    SHIPPING_SHIPMENT_UPDATED(
            "shipping.shipment.updated", Engine.SHIPPING, ShipmentUpdated.class, "shipmentId", Engine.ORDER),
    SHIPPING_SHIPMENT_DELIVERED(
            "shipping.shipment.delivered", Engine.SHIPPING, ShipmentDelivered.class, "shipmentId", Engine.ORDER),
    TECHNICIAN_MISSION_CREATED(
            "technician.mission.created", Engine.TECHNICIAN, MissionCreated.class, "missionId", Engine.NOTIFICATION),
    TECHNICIAN_BID_PLACED("technician.bid.placed", Engine.TECHNICIAN, BidPlaced.class, "missionId"),
    TECHNICIAN_MISSION_ASSIGNED(
            "technician.mission.assigned",
            Engine.TECHNICIAN,
            MissionAssigned.class,
            "missionId",
            Engine.NOTIFICATION,
            Engine.BILLING),
    TECHNICIAN_MISSION_COMPLETED(
            "technician.mission.completed",
            Engine.TECHNICIAN,
            MissionCompleted.class,
            "missionId",
            Engine.NOTIFICATION,
            Engine.BILLING),
    REVIEW_REVIEW_SUBMITTED("review.review.submitted", Engine.REVIEW, ReviewSubmitted.class, "reviewId"),
    REVIEW_REVIEW_APPROVED("review.review.approved", Engine.REVIEW, ReviewApproved.class, "reviewId", Engine.CATALOG),
    REVIEW_REVIEW_REJECTED("review.review.rejected", Engine.REVIEW, ReviewRejected.class, "reviewId"),
    ANALYTICS_EVENT_TRACKED("analytics.event.tracked", Engine.ANALYTICS, EventTracked.class, "sessionId"),
    ANALYTICS_CONVERSION_RECORDED(
            "analytics.conversion.recorded", Engine.ANALYTICS, ConversionRecorded.class, "sessionId"),
    ANALYTICS_SESSION_STARTED("analytics.session.started", Engine.ANALYTICS, SessionStarted.class, "sessionId"),
    ANALYTICS_SESSION_ENDED("analytics.session.ended", Engine.ANALYTICS, SessionEnded.class, "sessionId"),
    FRAUD_ORDER_FLAGGED("fraud.order.flagged", Engine.FRAUD, OrderFlagged.class, "orderId", Engine.ORDER),
    FRAUD_ORDER_CLEARED("fraud.order.cleared", Engine.FRAUD, OrderCleared.class, "orderId", Engine.ORDER),
    FRAUD_ORDER_REJECTED("fraud.order.rejected", Engine.FRAUD, OrderRejected.class, "orderId", Engine.ORDER);

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

    /** The payload record: the JSON value of every event of this topic. */
    public Class<?> payloadType() {
        return payloadType;
    }

    /** Name of the aggregate id used as Kafka key, so every event of one aggregate stays in order. */
    public String key() {
        return key;
    }

    public Set<Engine> consumers() {
        return consumers;
    }

    /**
     * The topics answering a request sent on this topic (Kafka request-reply): the owner of the
     * request awaits the one event of them caused by its request.
     */
    public Set<Topic> replies() {
        return switch (this) {
            case PAYMENT_PAYMENT_REQUESTED -> EnumSet.of(PAYMENT_PAYMENT_INITIATED, PAYMENT_PAYMENT_FAILED);
            case PAYMENT_SUBSCRIPTION_REQUESTED ->
                EnumSet.of(PAYMENT_SUBSCRIPTION_CREATED, PAYMENT_SUBSCRIPTION_UPDATED);
            default -> Set.of();
        };
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
