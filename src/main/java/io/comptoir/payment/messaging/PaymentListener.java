package io.comptoir.payment.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentRequested;
import io.comptoir.events.payment.SubscriptionRequested;
import io.comptoir.events.payment.WebhookReceived;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.payment.domain.PaymentService;
import io.comptoir.payment.domain.PaymentSubscriptions;
import io.comptoir.payment.domain.ProviderNotifications;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The payment engine's consumer: payment requests from the order side, subscription requests from
 * the customer side, the Stripe events its own
 * webhook endpoint stored, and order cancellations (a paid, cancelled order is refunded).
 */
@Singleton
public class PaymentListener extends EventListener {

    public static final String CHANNEL = "payment-in";

    PaymentListener(
            Inbox inbox,
            PaymentService payments,
            PaymentSubscriptions subscriptions,
            ProviderNotifications notifications) {
        super(
                inbox,
                EventHandlers.of(Engine.PAYMENT)
                        .on(Topic.PAYMENT_PAYMENT_REQUESTED, PaymentRequested.class, payments::onRequested)
                        .on(
                                Topic.PAYMENT_SUBSCRIPTION_REQUESTED,
                                SubscriptionRequested.class,
                                subscriptions::onRequested)
                        .on(Topic.PAYMENT_WEBHOOK_RECEIVED, WebhookReceived.class, notifications::onWebhook)
                        .on(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, payments::onOrderCancelled));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
