package io.comptoir.notification.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.billing.InvoiceGenerated;
import io.comptoir.events.billing.InvoiceOverdue;
import io.comptoir.events.customer.CustomerActivated;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.customer.CustomerPromoted;
import io.comptoir.events.groupbuy.ParticipantJoined;
import io.comptoir.events.groupbuy.ThresholdReached;
import io.comptoir.events.loyalty.PointsEarned;
import io.comptoir.events.loyalty.TierChanged;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.events.technician.MissionCreated;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.notification.domain.NotificationService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The notification engine's consumer: customers' contacts, and every event a customer is told
 * about; group buys' participants and missions' customers are kept to address the events that do
 * not name them.
 */
@Singleton
public class NotificationListener extends EventListener {

    public static final String CHANNEL = "notification-in";

    NotificationListener(Inbox inbox, NotificationService notifications) {
        super(
                inbox,
                EventHandlers.of(Engine.NOTIFICATION)
                        .on(Topic.CUSTOMER_CUSTOMER_ONBOARDED, CustomerOnboarded.class, notifications::onOnboarded)
                        .on(Topic.CUSTOMER_CUSTOMER_ACTIVATED, CustomerActivated.class, notifications::onActivated)
                        .on(Topic.CUSTOMER_CUSTOMER_PROMOTED, CustomerPromoted.class, notifications::onPromoted)
                        .on(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, notifications::onOrderPlaced)
                        .on(Topic.ORDER_ORDER_SHIPPED, OrderStatusChanged.class, notifications::onOrderShipped)
                        .on(Topic.ORDER_ORDER_DELIVERED, OrderStatusChanged.class, notifications::onOrderDelivered)
                        .on(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, notifications::onOrderCancelled)
                        .on(Topic.PAYMENT_PAYMENT_COMPLETED, PaymentCompleted.class, notifications::onPaymentCompleted)
                        .on(Topic.PAYMENT_PAYMENT_FAILED, PaymentFailed.class, notifications::onPaymentFailed)
                        .on(Topic.BILLING_INVOICE_GENERATED, InvoiceGenerated.class, notifications::onInvoiceGenerated)
                        .on(Topic.BILLING_INVOICE_OVERDUE, InvoiceOverdue.class, notifications::onInvoiceOverdue)
                        .on(Topic.LOYALTY_POINTS_EARNED, PointsEarned.class, notifications::onPointsEarned)
                        .on(Topic.LOYALTY_TIER_UPGRADED, TierChanged.class, notifications::onTierUpgraded)
                        .on(
                                Topic.GROUPBUY_PARTICIPANT_JOINED,
                                ParticipantJoined.class,
                                notifications::onParticipantJoined)
                        .on(Topic.GROUPBUY_THRESHOLD_REACHED, ThresholdReached.class, notifications::onThresholdReached)
                        .on(Topic.TECHNICIAN_MISSION_CREATED, MissionCreated.class, notifications::onMissionCreated)
                        .on(Topic.TECHNICIAN_MISSION_ASSIGNED, MissionAssigned.class, notifications::onMissionAssigned)
                        .on(
                                Topic.TECHNICIAN_MISSION_COMPLETED,
                                MissionCompleted.class,
                                notifications::onMissionCompleted));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
