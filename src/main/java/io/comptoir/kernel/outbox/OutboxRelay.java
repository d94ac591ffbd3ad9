package io.comptoir.kernel.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.comptoir.kernel.config.ComptoirConfig;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.events.TopicNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Relays pending events from every outbox to Kafka, retrying until the broker acknowledges them.
 * Safe with several replicas: documents are claimed under a lease by one conditional update, so one
 * replica at a time publishes a given aggregate's events, in their order, keyed by aggregate id; an
 * event leaves the outbox only once acknowledged, and only with every event before it, so a crash
 * or an outage means at worst a redelivery, which consumers absorb. While Kafka is unreachable it
 * probes with one event at a time and backs off. A batch costs the same few round trips whatever
 * its size: every write addresses the batch's documents by {@code _id} in one statement.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(2);

    private final ComptoirConfig.Outbox config;
    private final TopicNames names;
    private final MutinyEmitter<byte[]> emitter;
    private final OutboxSignal signal;
    private final List<Source> sources = new ArrayList<>();
    private final MeterRegistry metrics;
    private final Map<String, Counter> sent = new ConcurrentHashMap<>();
    private final String owner = UUID.randomUUID().toString();
    private final AtomicLong backlog = new AtomicLong();

    private volatile boolean running;
    private volatile boolean kafkaReachable = true;
    private volatile Instant lastBacklogRefresh = Instant.EPOCH;
    private volatile Instant lastSweep = Instant.EPOCH;
    private Thread worker;

    /** A collection whose documents may hold pending events; standalone documents are deleted once drained. */
    record Source(MongoCollection<Document> collection, boolean standalone) {
        String name() {
            return collection.getNamespace().getCollectionName();
        }
    }

    /** A document this relay holds the claim of, with the events it had when claimed. */
    private record Claimed(Object id, String claim, List<PendingEvent> events) {}

    OutboxRelay(
            ComptoirConfig config,
            TopicNames names,
            @Channel("outbox-relay") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    MutinyEmitter<byte[]> emitter,
            OutboxSignal signal,
            @All List<AggregateRepository<?>> repositories,
            Outbox outbox,
            MeterRegistry metrics) {
        this.config = config.outbox();
        this.names = names;
        this.emitter = emitter;
        this.signal = signal;
        this.metrics = metrics;
        repositories.forEach(
                r -> sources.add(new Source(r.mongoCollection().withDocumentClass(Document.class), false)));
        sources.add(new Source(outbox.collection(), true));
        metrics.gauge("comptoir.outbox.backlog", backlog);
    }

    void start(@Observes StartupEvent event) {
        sources.forEach(s -> s.collection()
                .createIndex(Indexes.ascending(OutboxFields.PENDING_SINCE), new IndexOptions().sparse(true)));
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled in this process (comptoir.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.wake();
        if (worker != null) {
            worker.join(Duration.ofSeconds(5));
        }
    }

    /** Whether the last attempt to publish reached Kafka. */
    public boolean kafkaReachable() {
        return kafkaReachable;
    }

    /** Documents holding events not yet acknowledged by Kafka, as last counted. */
    public long backlog() {
        return backlog.get();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (running) {
            try {
                refreshBacklog();
                boolean more = relayOnce();
                kafkaReachable = true;
                backoff = config.pollInterval();
                if (!more) {
                    signal.await(config.pollInterval());
                    // Let writes arriving together share one batch: each batch costs a few round trips.
                    sleep(config.linger());
                }
            } catch (KafkaUnavailableException e) {
                if (kafkaReachable) {
                    LOG.warnf("Kafka unreachable, events stay in the outbox until it is back: %s", e.getMessage());
                }
                kafkaReachable = false;
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Outbox relay pass failed; retrying", e);
                sleep(backoff);
            }
        }
    }

    /**
     * One pass over every outbox: the documents this process was told about, and every pending
     * document when a sweep is due. Returns whether a batch came back full (more may be waiting).
     */
    boolean relayOnce() {
        boolean sweep = Instant.now().isAfter(lastSweep.plus(config.sweepInterval()));
        if (sweep) {
            lastSweep = Instant.now();
        }
        boolean more = false;
        for (Source source : sources) {
            int batch = kafkaReachable ? config.batchSize() : 1;
            List<Object> ids = signal.take(source.name(), batch);
            if (ids.isEmpty() && sweep) {
                ids = source.collection()
                        .find(exists(OutboxFields.PENDING_SINCE))
                        .sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
                        .projection(Projections.include(OutboxFields.ID))
                        .limit(batch)
                        .map(d -> d.get(OutboxFields.ID))
                        .into(new ArrayList<>());
            }
            if (!ids.isEmpty()) {
                publish(source, claim(source.collection(), ids));
            }
            more |= ids.size() == batch;
        }
        return more;
    }

    /**
     * Claims, in one conditional update, those of {@code ids} that hold pending events and no live
     * lease; returns what it got, with the events each had when claimed.
     */
    private List<Claimed> claim(MongoCollection<Document> collection, List<Object> ids) {
        Date now = new Date();
        String claim = owner + ":" + UUID.randomUUID();
        collection.updateMany(
                and(
                        in(OutboxFields.ID, ids),
                        exists(OutboxFields.PENDING_SINCE),
                        or(exists(OutboxFields.LEASE, false), lt(OutboxFields.LEASE, now))),
                Updates.combine(
                        Updates.set(OutboxFields.CLAIM, claim),
                        Updates.set(
                                OutboxFields.LEASE,
                                new Date(now.getTime() + config.lease().toMillis()))));
        List<Claimed> claimed = new ArrayList<>();
        for (Document doc : collection
                .find(in(OutboxFields.ID, ids))
                .projection(Projections.include(OutboxFields.CLAIM, OutboxFields.OUTBOX))) {
            List<Document> events = doc.getList(OutboxFields.OUTBOX, Document.class, List.of());
            if (claim.equals(doc.getString(OutboxFields.CLAIM)) && !events.isEmpty()) {
                claimed.add(new Claimed(
                        doc.get(OutboxFields.ID),
                        claim,
                        events.stream().map(PendingEvent::fromDocument).toList()));
            }
        }
        return claimed;
    }

    private void publish(Source source, List<Claimed> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        List<List<CompletableFuture<Void>>> acks = claimed.stream()
                .map(c -> c.events().stream().map(this::send).toList())
                .toList();
        int failures = 0;
        List<String> acknowledged = new ArrayList<>();
        List<Object> drained = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            Claimed doc = claimed.get(i);
            int ok = 0;
            while (ok < doc.events().size() && acknowledged(acks.get(i).get(ok))) {
                PendingEvent event = doc.events().get(ok++);
                acknowledged.add(event.id());
                sent.computeIfAbsent(event.topic(), t -> Counter.builder("comptoir.events.out")
                                .description("Events acknowledged by Kafka, per topic")
                                .tag("topic", t)
                                .register(metrics))
                        .increment();
            }
            // Keep per-key order: nothing after a failed event leaves the outbox.
            if (ok == doc.events().size()) {
                drained.add(doc.id());
            } else {
                failures++;
                signal.pending(source.name(), doc.id());
            }
        }
        List<Object> ids = claimed.stream().map(Claimed::id).toList();
        // Event ids are unique, so one pull of every acknowledged id serves all the claimed documents.
        source.collection()
                .updateMany(
                        and(
                                in(OutboxFields.ID, ids),
                                eq(OutboxFields.CLAIM, claimed.getFirst().claim())),
                        Updates.combine(
                                Updates.pullByFilter(new Document(
                                        OutboxFields.OUTBOX, new Document("id", new Document("$in", acknowledged)))),
                                Updates.unset(OutboxFields.CLAIM),
                                Updates.unset(OutboxFields.LEASE)));
        if (!drained.isEmpty()) {
            // Only where no event was added meanwhile: a document with events keeps outboxAt.
            Bson empty = and(in(OutboxFields.ID, drained), size(OutboxFields.OUTBOX, 0));
            if (source.standalone()) {
                source.collection().deleteMany(empty);
            } else {
                source.collection().updateMany(empty, Updates.unset(OutboxFields.PENDING_SINCE));
            }
        }
        if (failures > 0) {
            throw new KafkaUnavailableException(failures + " document(s) with events not acknowledged");
        }
    }

    private CompletableFuture<Void> send(PendingEvent event) {
        EventEnvelope envelope = event.toEnvelope();
        Message<byte[]> message = Message.of(envelope.data())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(names.topic(envelope.topic()))
                        .withKey(envelope.subject())
                        .withHeaders(CloudEventHeaders.write(envelope))
                        .build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    private boolean acknowledged(CompletableFuture<Void> ack) {
        try {
            ack.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.debugf("event not acknowledged: %s", e.getMessage());
            return false;
        }
    }

    private void refreshBacklog() {
        Instant now = Instant.now();
        if (now.isBefore(lastBacklogRefresh.plus(BACKLOG_REFRESH))) {
            return;
        }
        lastBacklogRefresh = now;
        backlog.set(sources.stream()
                .mapToLong(s -> s.collection().countDocuments(exists(OutboxFields.PENDING_SINCE)))
                .sum());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The broker did not acknowledge some events in time. */
    static class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message) {
            super(message);
        }
    }
}
