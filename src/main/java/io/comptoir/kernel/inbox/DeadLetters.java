package io.comptoir.kernel.inbox;

import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_CAUSE_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_EXCEPTION_CLASS_NAME;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_OFFSET;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_PARTITION;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_REASON;
import static io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue.DEAD_LETTER_TOPIC;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The failure strategy of every engine's channel ({@value #STRATEGY}): a record the engine could not
 * handle goes to the engine's dead-letter topic with SmallRye's {@code dead-letter-*} headers beside
 * its own, and is acknowledged only once the broker has the dead letter. Unlike SmallRye's
 * {@code dead-letter-queue} strategy, which opens a producer per channel at start-up, every engine
 * shares the one producer of the {@value #CHANNEL} channel, so an engine added costs no client. A
 * dead letter that cannot be written is retried, holding the partition: it is never dropped.
 */
@ApplicationScoped
@Identifier(DeadLetters.STRATEGY)
@Unremovable
public class DeadLetters implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "comptoir-dead-letter";
    public static final String CHANNEL = "dead-letters";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Producer producer;

    DeadLetters(Producer producer) {
        this.producer = producer;
    }

    /**
     * The shared channel's emitter, in a bean of its own: the failure strategies are made while the
     * channels are being wired, before the emitter is, and this client proxy reaches for it only
     * when the first dead letter is written.
     */
    @ApplicationScoped
    static class Producer {

        private final MutinyEmitter<byte[]> emitter;

        Producer(@Channel(CHANNEL) MutinyEmitter<byte[]> emitter) {
            this.emitter = emitter;
        }

        Uni<Void> send(Message<byte[]> letter) {
            return emitter.sendMessage(letter);
        }
    }

    @Override
    public KafkaFailureHandler create(
            KafkaConnectorIncomingConfiguration config,
            Vertx vertx,
            KafkaConsumer<?, ?> consumer,
            BiConsumer<Throwable, Boolean> reportFailure) {
        String topic = config.getDeadLetterQueueTopic()
                .orElseThrow(() -> new IllegalStateException(
                        config.getChannel() + ": " + STRATEGY + " needs dead-letter-queue.topic"));
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return send(topic, record, reason).onItem().transformToUni(sent -> Uni.createFrom()
                        .completionStage(record.ack()));
            }
        };
    }

    private <K, V> Uni<Void> send(String topic, IncomingKafkaRecord<K, V> record, Throwable reason) {
        Message<byte[]> letter = Message.of((byte[]) record.getPayload())
                .addMetadata(OutgoingKafkaRecordMetadata.builder()
                        .withTopic(topic)
                        .withKey(record.getKey())
                        .withHeaders(headers(record, reason))
                        .build());
        return producer.send(letter)
                .onFailure()
                .invoke(e -> LOG.warnf(
                        "dead letter of %s-%d@%d not written yet, retrying: %s",
                        record.getTopic(), record.getPartition(), record.getOffset(), e.getMessage()))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely();
    }

    /** The record's own headers (its CloudEvents attributes, for a replay) and why it was refused. */
    private static Headers headers(IncomingKafkaRecord<?, ?> record, Throwable reason) {
        Headers headers = new RecordHeaders(record.getHeaders().toArray());
        put(headers, DEAD_LETTER_REASON, Objects.requireNonNullElse(reason.getMessage(), reason.toString()));
        put(headers, DEAD_LETTER_EXCEPTION_CLASS_NAME, reason.getClass().getName());
        Throwable cause = reason.getCause();
        if (cause != null) {
            put(headers, DEAD_LETTER_CAUSE, Objects.requireNonNullElse(cause.getMessage(), cause.toString()));
            put(headers, DEAD_LETTER_CAUSE_CLASS_NAME, cause.getClass().getName());
        }
        put(headers, DEAD_LETTER_TOPIC, record.getTopic());
        put(headers, DEAD_LETTER_PARTITION, Integer.toString(record.getPartition()));
        put(headers, DEAD_LETTER_OFFSET, Long.toString(record.getOffset()));
        return headers;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name).add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
