package io.comptoir.review.messaging;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.kernel.inbox.EventHandlers;
import io.comptoir.kernel.inbox.EventListener;
import io.comptoir.kernel.inbox.Inbox;
import io.comptoir.review.domain.ReviewService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The review engine's consumer: placed and delivered orders tell who received which product. */
@Singleton
public class ReviewListener extends EventListener {

    public static final String CHANNEL = "review-in";

    ReviewListener(Inbox inbox, ReviewService reviews) {
        super(
                inbox,
                EventHandlers.of(Engine.REVIEW)
                        .onIdempotent(Topic.ORDER_ORDER_PLACED, OrderPlaced.class, reviews::placed)
                        .onIdempotent(Topic.ORDER_ORDER_DELIVERED, OrderStatusChanged.class, reviews::delivered));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        handle(record);
    }
}
