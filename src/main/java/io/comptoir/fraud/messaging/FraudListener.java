package io.comptoir.fraud.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.fraud.domain.FraudService;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The fraud engine's consumer: onboardings and payments build each customer's history; placed
 * orders are scored; a cancelled order leaves the holds.
 */
@Singleton
public class FraudListener extends EventListener {

    public static final String CHANNEL = "fraud-in";

    FraudListener(Inbox inbox, FraudService fraud) {
        super(
                inbox,
                EventHandlers.of(Engine.FRAUD)
                        .onIdempotent(Topic.CUSTOMER_CUSTOMER_ONBOARDED, CustomerOnboarded.class, fraud::onboarded)
                        .onIdempotent(Topic.PAYMENT_PAYMENT_COMPLETED, PaymentCompleted.class, fraud::paymentCompleted)
                        .onIdempotent(Topic.PAYMENT_PAYMENT_FAILED, PaymentFailed.class, fraud::paymentFailed)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, fraud::placed)
                        .onIdempotent(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, fraud::cancelled));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
