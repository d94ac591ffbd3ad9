package io.comptoir.billing.messaging;

import io.comptoir.billing.domain.BillingService;
import io.comptoir.billing.domain.MissionBilling;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.events.technician.MissionAssigned;
import io.comptoir.events.technician.MissionCompleted;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The billing engine's consumer: placed orders are kept, confirmed ones invoiced, payments settle
 * invoices, refunds and late cancellations credit them; technician missions are quoted when
 * assigned and invoiced when completed.
 */
@Singleton
public class BillingListener extends EventListener {

    public static final String CHANNEL = "billing-in";

    BillingListener(Inbox inbox, BillingService billing, MissionBilling missions) {
        super(
                inbox,
                EventHandlers.of(Engine.BILLING)
                        .on(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, billing::onPlaced)
                        .on(Topic.ORDER_ORDER_CONFIRMED, OrderStatusChanged.class, billing::onConfirmed)
                        .on(Topic.ORDER_ORDER_CANCELLED, OrderStatusChanged.class, billing::onCancelled)
                        .on(Topic.ORDER_ORDER_REFUNDED, OrderStatusChanged.class, billing::onRefunded)
                        .on(Topic.PAYMENT_PAYMENT_COMPLETED, PaymentCompleted.class, billing::onPaymentCompleted)
                        .on(Topic.PAYMENT_PAYMENT_REFUNDED, PaymentRefunded.class, billing::onPaymentRefunded)
                        .on(Topic.TECHNICIAN_MISSION_ASSIGNED, MissionAssigned.class, missions::onAssigned)
                        .on(Topic.TECHNICIAN_MISSION_COMPLETED, MissionCompleted.class, missions::onCompleted));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
