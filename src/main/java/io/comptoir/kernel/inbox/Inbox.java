package io.comptoir.kernel.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.config.ComptoirConfig;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.events.PoisonEventException;
import io.comptoir.kernel.events.TopicNames;
import io.comptoir.kernel.outbox.IdempotentHandling;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The consuming side of every engine: reads the CloudEvents envelope, refuses poison (bad envelope,
 * unknown topic or version, payload that does not parse or validate), skips events the engine has
 * already handled (ids kept under the unique {@code _id} of the {@code inbox} collection, one per
 * consumer group), runs the handler with retries, and lets SmallRye put what still fails on the
 * engine's dead-letter topic, so the channel keeps going. Handlers make their own writes
 * idempotent per aggregate ({@code AggregateRepository.apply}), which covers a crash between the
 * effect and the inbox record; those idempotent on their own ({@link EventHandlers#onIdempotent},
 * {@link EventHandlers#onSnapshot}) skip the inbox's look-up and record.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    static final String COLLECTION = "inbox";
    /**
     * Header of a dead letter replayed from the console: the id of the engine it is for. The
     * others have handled the record already and pass it by, without relying on their records of
     * it (an aggregate remembers only its last events).
     */
    public static final String REPLAY_FOR = "comptoir-replay-for";

    private static final String HANDLED_AT = "handledAt";

    private final ObjectMapper json;
    private final Validator validator;
    private final TopicNames names;
    private final Attempts attempts;
    private final MeterRegistry metrics;
    private final MongoDatabase database;
    private final MongoCollection<Document> handled;
    private final ComptoirConfig config;

    Inbox(
            ObjectMapper json,
            Validator validator,
            TopicNames names,
            Attempts attempts,
            MeterRegistry metrics,
            MongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database,
            ComptoirConfig config) {
        this.json = json;
        this.validator = validator;
        this.names = names;
        this.attempts = attempts;
        this.metrics = metrics;
        this.database = mongo.getDatabase(database);
        this.handled = this.database.getCollection(COLLECTION);
        this.config = config;
    }

    void createIndexes(@Observes StartupEvent event) {
        long seconds = config.inbox().retention().toSeconds();
        try {
            handled.createIndex(
                    Indexes.ascending(HANDLED_AT), new IndexOptions().expireAfter(seconds, TimeUnit.SECONDS));
        } catch (MongoCommandException e) {
            // The retention changed since the index was made: change the index in place.
            database.runCommand(new Document("collMod", COLLECTION)
                    .append(
                            "index",
                            new Document("keyPattern", new Document(HANDLED_AT, 1))
                                    .append("expireAfterSeconds", seconds)));
        }
    }

    /** Handles one record of an engine's channel; throws (to dead-letter it) only when it cannot be handled. */
    public void handle(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        Engine engine = handlers.engine();
        String topicName = record.topic();
        Header replayFor = record.headers().lastHeader(REPLAY_FOR);
        if (replayFor != null && !engine.id().equals(new String(replayFor.value(), StandardCharsets.UTF_8))) {
            count(engine, topicName, "replay-for-another");
            return;
        }
        try {
            EventEnvelope envelope = CloudEventHeaders.read(record.headers(), record.value());
            if (names.fromKafka(topicName).filter(envelope.topic()::equals).isEmpty()) {
                throw new PoisonEventException(
                        "event type " + envelope.topic().id() + " arrived on topic " + topicName);
            }
            EventHandlers.Handler<?> handler = handlers.handler(envelope.topic())
                    .orElseThrow(() -> new PoisonEventException(engine.id() + " does not consume "
                            + envelope.topic().id()));
            if (envelope.dataVersion() != Topic.CURRENT_VERSION) {
                throw new PoisonEventException("unsupported payload version " + envelope.dataVersion() + " of "
                        + envelope.topic().id());
            }
            Object payload = parse(envelope, handler.type());
            String key = names.group(engine) + ":" + envelope.id();
            // Look-up, effect and record are retried together: a database hiccup is not poison.
            boolean applied = attempts.call(() -> {
                if (handler.idempotence() != null) {
                    return IdempotentHandling.run(handler.idempotence(), () -> handler.handle(payload, envelope));
                }
                if (handled.find(Filters.eq("_id", key)).first() != null) {
                    return false;
                }
                handler.handle(payload, envelope);
                remember(key, envelope);
                return true;
            });
            count(engine, topicName, applied ? "handled" : "duplicate");
        } catch (PoisonEventException e) {
            count(engine, topicName, "dead-letter");
            LOG.warnf(
                    "%s: poison record %s-%d@%d to dead-letter topic: %s",
                    engine.id(), topicName, record.partition(), record.offset(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            count(engine, topicName, "dead-letter");
            LOG.errorf(
                    e,
                    "%s: record %s-%d@%d failed after retries, to dead-letter topic",
                    engine.id(),
                    topicName,
                    record.partition(),
                    record.offset());
            throw e;
        }
    }

    private Object parse(EventEnvelope envelope, Class<?> type) {
        Object payload;
        try {
            payload = json.readValue(envelope.data(), type);
        } catch (IOException e) {
            throw new PoisonEventException(
                    "payload of " + envelope.topic().id() + " does not parse: " + e.getMessage(), e);
        }
        if (payload == null) {
            throw new PoisonEventException("payload of " + envelope.topic().id() + " is null");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("invalid " + envelope.topic().id() + " payload: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
        return payload;
    }

    private void remember(String key, EventEnvelope envelope) {
        try {
            handled.insertOne(new Document("_id", key)
                    .append("topic", envelope.topic().id())
                    .append(HANDLED_AT, new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private void count(Engine engine, String topic, String outcome) {
        metrics.counter("comptoir.events.in", "engine", engine.id(), "topic", topic, "outcome", outcome)
                .increment();
    }
}
