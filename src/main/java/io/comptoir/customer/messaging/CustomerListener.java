package io.comptoir.customer.messaging;

import io.comptoir.customer.domain.CustomerSubscriptions;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
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

/** The customer engine's consumer: its customers' subscriptions, as the payment engine reports them. */
@Singleton
public class CustomerListener extends EventListener {

    public static final String CHANNEL = "customer-in";

    CustomerListener(Inbox inbox, CustomerSubscriptions subscriptions) {
        super(
                inbox,
                EventHandlers.of(Engine.CUSTOMER)
                        .on(Topic.PAYMENT_SUBSCRIPTION_CREATED, SubscriptionCreated.class, subscriptions::onCreated)
                        .on(Topic.PAYMENT_SUBSCRIPTION_UPDATED, SubscriptionUpdated.class, subscriptions::onUpdated)
                        .on(Topic.PAYMENT_SUBSCRIPTION_PAID, SubscriptionPaid.class, subscriptions::onPaid));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
