package io.comptoir.kernel.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Hands every reply on the reply channel to {@link Replies}. The replies are also consumed by the
 * requesting engine's own channel, which applies them to its state (idempotent, dead-lettered when
 * unreadable); here they only wake up a waiting request, so an unreadable one is merely skipped.
 */
@ApplicationScoped
public class ReplyListener {

    public static final String CHANNEL = "replies";
    private static final Logger LOG = Logger.getLogger(ReplyListener.class);

    private final Replies replies;

    ReplyListener(Replies replies) {
        this.replies = replies;
    }

    @Incoming(CHANNEL)
    public void consume(ConsumerRecord<String, byte[]> record) {
        try {
            replies.deliver(CloudEventHeaders.read(record.headers(), record.value()));
        } catch (RuntimeException e) {
            LOG.debugf("skipped an unreadable reply on %s: %s", record.topic(), e.getMessage());
        }
    }
}
