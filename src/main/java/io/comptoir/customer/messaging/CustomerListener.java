package io.comptoir.customer.messaging;

import io.comptoir.customer.domain.Activities;
import io.comptoir.customer.domain.CustomerSubscriptions;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.payment.SubscriptionCreated;
import io.comptoir.events.payment.SubscriptionPaid;
import io.comptoir.events.payment.SubscriptionUpdated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The customer engine's consumer: its customers' subscriptions, as the payment engine reports them,
 * and the customer view (orders, loyalty, payments) other engines' events build.
 */
@Singleton
public class CustomerListener extends EventListener {

    public static final String CHANNEL = "customer-in";

    CustomerListener(Inbox inbox, CustomerSubscriptions subscriptions, Activities activities) {
        super(
                inbox,
                EventHandlers.of(Engine.CUSTOMER)
                        .on(Topic.PAYMENT_SUBSCRIPTION_CREATED, SubscriptionCreated.class, subscriptions::onCreated)
                        .on(Topic.PAYMENT_SUBSCRIPTION_UPDATED, SubscriptionUpdated.class, subscriptions::onUpdated)
                        .on(Topic.PAYMENT_SUBSCRIPTION_PAID, SubscriptionPaid.class, subscriptions::onPaid)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, activities::placed)
                        .onIdempotent(Topic.ORDER_ORDER_DELIVERED, OrderStatusChanged.class, activities::delivered)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, activities::cancelled)
                        .onIdempotent(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, activities::refunded)
                        .onIdempotent(Topic.LOYALTY_POINTS_EARNED, PointsEarned.class, activities::pointsEarned)
                        .onIdempotent(Topic.LOYALTY_TIER_UPGRADED, TierChanged.class, activities::tierChanged)
                        .onIdempotent(Topic.LOYALTY_TIER_DOWNGRADED, TierChanged.class, activities::tierChanged)
                        .onIdempotent(
                                Topic.PAYMENT_PAYMENT_COMPLETED, PaymentCompleted.class, activities::paymentCompleted)
                        .onIdempotent(Topic.PAYMENT_PAYMENT_FAILED, PaymentFailed.class, activities::paymentFailed));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
