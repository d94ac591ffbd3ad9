package io.comptoir.notification.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/**
 * One message on one channel, rendered when it is stored. Its id is the template, what triggered
 * it (an order id, an invoice id, …) and the channel, so a trigger seen twice, under the same or a
 * new event id, stores and sends it once; {@code nextAttemptAt} is both the retry time and the
 * claim that keeps two replicas from sending it together.
 */
@MongoEntity(collection = "notification_messages")
public class Message extends Aggregate {

    public String customerId;
    public String template;
    public Channel channel;
    public String language;
    public String recipient;
    public String subject;
    public String body;
    public MessageStatus status;
    public int attempts;
    public Instant nextAttemptAt;
    public String lastError;
    public String correlationId;
    public String triggerEventId;
    public Instant createdAt;
    public Instant sentAt;
}
