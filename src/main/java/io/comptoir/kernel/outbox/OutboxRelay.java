package io.comptoir.kernel.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.size;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.comptoir.kernel.config.ComptoirConfig;
import io.comptoir.kernel.events.CloudEventHeaders;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.events.TopicNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
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
 * probes with one document at a time and backs off. A batch costs the same few round trips whatever
 * its size: every write addresses the batch's documents by {@code _id} in one statement. Each
 * filter names its most selective condition first and the batch's ids last: MongoDB plans the
 * order itself, but the MongoDB-wire server used in dev and tests evaluates conditions in order,
 * and an {@code $in} of hundreds of ids tried against every document of a large collection made
 * each statement cost hundreds of milliseconds there.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(2);
    private static final Duration CONNECTION_CHECK = Duration.ofMillis(250);
    private static final String CHANNEL = "outbox-relay";

    private final ComptoirConfig.Outbox config;
    private final TopicNames names;
    private final MutinyEmitter<byte[]> emitter;
    private final OutboxSignal signal;
    private final KafkaClientService clients;
    private final List<Source> sources = new ArrayList<>();
    private final MeterRegistry metrics;
    private final Map<String, Counter> sent = new ConcurrentHashMap<>();
    private final String owner = UUID.randomUUID().toString();
    private final MongoCollection<Document> parked;

    private volatile boolean running;
    private volatile boolean kafkaReachable = true;
    private volatile Backlog backlog = new Backlog(0, Instant.EPOCH);
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Instant lastSweep = Instant.EPOCH;
    private Thread worker;

    /** A collection whose documents may hold pending events; standalone documents are deleted once drained. */
    record Source(MongoCollection<Document> collection, boolean standalone) {
        String name() {
            return collection.getNamespace().getCollectionName();
        }
    }

    /** Documents holding pending events, as counted at {@code at}. */
    private record Backlog(long documents, Instant at) {}

    /** A document this relay holds the claim of, with the events it had when claimed. */
    private record Claimed(Object id, String claim, List<Document> events) {}

    OutboxRelay(
            ComptoirConfig config,
            TopicNames names,
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    MutinyEmitter<byte[]> emitter,
            OutboxSignal signal,
            KafkaClientService clients,
            @All List<AggregateRepository<?>> repositories,
            Outbox outbox,
            MeterRegistry metrics) {
        this.config = config.outbox();
        this.names = names;
        this.emitter = emitter;
        this.signal = signal;
        this.clients = clients;
        this.metrics = metrics;
        repositories.forEach(
                r -> sources.add(new Source(r.mongoCollection().withDocumentClass(Document.class), false)));
        sources.add(new Source(outbox.collection(), true));
        this.parked = outbox.parked();
        Gauge.builder("comptoir.outbox.backlog", this, OutboxRelay::backlog)
                .description("Documents holding events not yet acknowledged by Kafka")
                .register(metrics);
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

    /**
     * Documents holding events not yet acknowledged by Kafka, counted over every outbox when asked
     * (health, console, metrics scrape) at most once per {@code BACKLOG_REFRESH}: an idle process
     * sends the database nothing for it, however many engines it runs. While one caller counts, the
     * others get the last count, so a stalled database holds one thread here, not every probe.
     */
    public long backlog() {
        Backlog last = backlog;
        if (Instant.now().isBefore(last.at().plus(BACKLOG_REFRESH)) || !counting.compareAndSet(false, true)) {
            return last.documents();
        }
        try {
            long documents = sources.stream()
                    .mapToLong(s -> s.collection().countDocuments(exists(OutboxFields.PENDING_SINCE)))
                    .sum();
            backlog = new Backlog(documents, Instant.now());
            return documents;
        } finally {
            counting.set(false);
        }
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (running) {
            try {
                boolean more = relayOnce();
                if (!kafkaReachable) {
                    LOG.info("Kafka reachable again, relaying the events kept meanwhile");
                }
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
     * One pass over every outbox: the documents this process was told about and, when a sweep is
     * due, the oldest pending ones of any process. Returns whether a batch came back full.
     */
    boolean relayOnce() {
        boolean sweep = Instant.now().isAfter(lastSweep.plus(config.sweepInterval()));
        if (sweep) {
            lastSweep = Instant.now();
        }
        boolean more = false;
        int failures = 0;
        for (Source source : sources) {
            int batch = kafkaReachable ? config.batchSize() : 1;
            Set<Object> ids = new LinkedHashSet<>(signal.take(source.name(), batch));
            more |= ids.size() == batch;
            if (sweep) {
                ids.addAll(sweep(source, batch));
            }
            if (!ids.isEmpty()) {
                failures += publish(source, claim(source.collection(), List.copyOf(ids)));
            }
        }
        if (failures > 0) {
            throw new KafkaUnavailableException(failures + " document(s) with events not acknowledged");
        }
        return more;
    }

    /**
     * The oldest unleased documents marked pending, in one query: those a crash left marked with
     * nothing left to send are claimed and settled like the others, which clears the mark.
     */
    private List<Object> sweep(Source source, int batch) {
        return source.collection()
                .find(and(exists(OutboxFields.PENDING_SINCE), free(new Date())))
                .sort(Sorts.ascending(OutboxFields.PENDING_SINCE))
                .projection(Projections.include(OutboxFields.ID))
                .limit(batch)
                .map(d -> d.get(OutboxFields.ID))
                .into(new ArrayList<>());
    }

    private static Bson free(Date now) {
        return or(exists(OutboxFields.LEASE, false), lt(OutboxFields.LEASE, now));
    }

    /**
     * Claims those of {@code ids} that hold pending events and no live lease, in one conditional
     * update, and returns what it got with the events each had when claimed: one round trip for a
     * single document (the update returns it), two for a batch (the update, then one read).
     */
    private List<Claimed> claim(MongoCollection<Document> collection, List<Object> ids) {
        Date now = new Date();
        String claim = owner + ":" + UUID.randomUUID();
        Bson filter = and(exists(OutboxFields.PENDING_SINCE), free(now), in(OutboxFields.ID, ids));
        Bson lease = Updates.combine(
                Updates.set(OutboxFields.CLAIM, claim),
                Updates.set(
                        OutboxFields.LEASE,
                        new Date(now.getTime() + config.lease().toMillis())));
        Bson fields = Projections.include(OutboxFields.CLAIM, OutboxFields.OUTBOX);
        List<Document> read = new ArrayList<>();
        if (ids.size() == 1) {
            Document doc = collection.findOneAndUpdate(
                    filter,
                    lease,
                    new FindOneAndUpdateOptions().projection(fields).returnDocument(ReturnDocument.AFTER));
            if (doc != null) {
                read.add(doc);
            }
        } else {
            collection.updateMany(filter, lease);
            collection.find(in(OutboxFields.ID, ids)).projection(fields).into(read);
        }
        return read.stream()
                .filter(doc -> claim.equals(doc.getString(OutboxFields.CLAIM)))
                .map(doc -> new Claimed(
                        doc.get(OutboxFields.ID), claim, doc.getList(OutboxFields.OUTBOX, Document.class, List.of())))
                .toList();
    }

    /**
     * Publishes the claimed documents' events, each document's in order (the next is sent once the
     * previous is acknowledged) and the documents side by side, all within one deadline shorter
     * than the lease; then removes what Kafka acknowledged and releases the claims. An event that
     * can never be published (unknown topic, too large) is parked in {@code outbox_parked} with the
     * reason, so it blocks nothing. Returns how many documents kept events for lack of Kafka.
     */
    private int publish(Source source, List<Claimed> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Progress> progress =
                claimed.stream().map(c -> new Progress(c.events())).toList();
        List<CompletableFuture<Void>> chains =
                progress.stream().map(this::sendInOrder).toList();
        await(CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)));
        int failures = 0;
        List<String> done = new ArrayList<>();
        List<Document> parked = new ArrayList<>();
        Map<Integer, List<Object>> drained = new TreeMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            Claimed doc = claimed.get(i);
            Progress result = progress.get(i).snapshot();
            result.acknowledged().forEach(event -> count(event.getString("topic")));
            result.acknowledged().forEach(event -> done.add(event.getString("id")));
            result.parked().forEach((event, reason) -> {
                done.add(event.getString("id"));
                parked.add(new Document("event", event)
                        .append("collection", source.name())
                        .append("document", doc.id())
                        .append("reason", reason)
                        .append("parkedAt", new Date()));
            });
            if (result.complete()) {
                drained.computeIfAbsent(doc.events().size(), n -> new ArrayList<>())
                        .add(doc.id());
            } else {
                failures++;
                signal.pending(source.name(), doc.id());
            }
        }
        if (!parked.isEmpty()) {
            LOG.errorf("%d event(s) can never be published and were parked in %s", parked.size(), Outbox.PARKED);
            this.parked.insertMany(parked);
        }
        settle(
                source,
                claimed.getFirst().claim(),
                drained,
                done,
                claimed.stream().map(Claimed::id).toList());
        return failures;
    }

    /**
     * Waits for a batch's acknowledgements up to the send timeout. Meanwhile, once the batch has
     * waited {@code unreachable-after} with the producer connected to no broker, Kafka is reported
     * unreachable at once rather than when the sends time out: requests waiting for a reply stop
     * waiting, readiness says so.
     */
    private void await(CompletableFuture<Void> batch) {
        long start = System.nanoTime();
        long timeout = config.sendTimeout().toNanos();
        try {
            for (long waited = 0; waited < timeout; waited = System.nanoTime() - start) {
                try {
                    batch.get(Math.min(timeout - waited, CONNECTION_CHECK.toNanos()), TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException slow) {
                    if (kafkaReachable
                            && System.nanoTime() - start
                                    >= config.unreachableAfter().toNanos()
                            && !connected()) {
                        kafkaReachable = false;
                        LOG.warn(
                                "Kafka unreachable (no broker connection), events stay in the outbox until it is back");
                    }
                }
            }
            LOG.debugf("relay batch not fully acknowledged in %s", config.sendTimeout());
        } catch (ExecutionException e) {
            LOG.debugf("relay batch not fully acknowledged: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the relay's producer holds a connection to a broker; true when it cannot tell. */
    private boolean connected() {
        KafkaProducer<?, ?> producer = clients.getProducer(CHANNEL);
        if (producer == null) {
            return true;
        }
        return producer.unwrap().metrics().entrySet().stream()
                .filter(m -> m.getKey().name().equals("connection-count")
                        && m.getKey().group().equals("producer-metrics"))
                .findFirst()
                .map(m -> ((Number) m.getValue().metricValue()).doubleValue() > 0)
                .orElse(true);
    }

    /**
     * Removes the settled events ({@code done}) from the claimed documents and releases them. A
     * drained document whose outbox still holds just the events claimed (nothing added since: only
     * the claim's holder removes events) is emptied, unmarked and released in one statement per
     * outbox length — usually one in all; the others lose their settled events in one pull and keep
     * {@code outboxAt}: either events were added meanwhile, or not all were sent.
     */
    private void settle(
            Source source, String claim, Map<Integer, List<Object>> drained, List<String> done, List<Object> ids) {
        Set<Object> rest = new LinkedHashSet<>(ids);
        drained.forEach((length, same) -> {
            Bson unchanged =
                    and(eq(OutboxFields.CLAIM, claim), size(OutboxFields.OUTBOX, length), in(OutboxFields.ID, same));
            long settled = source.standalone()
                    ? source.collection().deleteMany(unchanged).getDeletedCount()
                    : source.collection()
                            .updateMany(
                                    unchanged,
                                    Updates.combine(
                                            Updates.set(OutboxFields.OUTBOX, List.of()),
                                            Updates.unset(OutboxFields.PENDING_SINCE),
                                            Updates.unset(OutboxFields.CLAIM),
                                            Updates.unset(OutboxFields.LEASE)))
                            .getModifiedCount();
            if (settled == same.size()) {
                rest.removeAll(same);
            }
        });
        if (rest.isEmpty()) {
            return;
        }
        // Event ids are unique, so one pull of every settled id serves all the remaining documents
        // (those settled above no longer hold the claim).
        source.collection()
                .updateMany(
                        and(eq(OutboxFields.CLAIM, claim), in(OutboxFields.ID, List.copyOf(rest))),
                        Updates.combine(
                                Updates.pullByFilter(new Document(
                                        OutboxFields.OUTBOX, new Document("id", new Document("$in", done)))),
                                Updates.unset(OutboxFields.CLAIM),
                                Updates.unset(OutboxFields.LEASE)));
    }

    /** Sends a document's events one after the other, stopping at the first that Kafka did not take. */
    private CompletableFuture<Void> sendInOrder(Progress progress) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Document event : progress.events()) {
            chain = chain.thenCompose(ignored -> progress.stopped()
                    ? CompletableFuture.completedFuture(null)
                    : send(event).handle((ok, failure) -> {
                        progress.settle(event, failure);
                        return null;
                    }));
        }
        return chain;
    }

    private CompletableFuture<Void> send(Document stored) {
        EventEnvelope envelope;
        try {
            envelope = PendingEvent.fromDocument(stored).toEnvelope();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(
                    new UnpublishableEventException("unreadable event: " + e.getMessage()));
        }
        Message<byte[]> message = Message.of(envelope.data())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(names.topic(envelope.topic()))
                        .withKey(envelope.subject())
                        .withHeaders(CloudEventHeaders.write(envelope))
                        .build());
        try {
            return emitter.sendMessage(message).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void count(String topic) {
        sent.computeIfAbsent(topic, t -> Counter.builder("comptoir.events.out")
                        .description("Events acknowledged by Kafka, per topic")
                        .tag("topic", t)
                        .register(metrics))
                .increment();
    }

    /** What happened to one document's events so far; written by Kafka callbacks, read once the batch is over. */
    private static final class Progress {
        private final List<Document> events;
        private final List<Document> acknowledged = new ArrayList<>();
        private final Map<Document, String> parked = new LinkedHashMap<>();
        private boolean stopped;

        Progress(List<Document> events) {
            this.events = events;
        }

        List<Document> events() {
            return events;
        }

        synchronized boolean stopped() {
            return stopped;
        }

        synchronized void settle(Document event, Throwable failure) {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                acknowledged.add(event);
            } else if (cause instanceof UnpublishableEventException
                    || cause instanceof RecordTooLargeException
                    || cause instanceof InvalidTopicException
                    || cause instanceof InvalidRecordException) {
                parked.put(event, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            } else {
                stopped = true; // keep per-key order: nothing after a failed event goes out now
            }
        }

        /** A stable copy, and whether every event was settled; later callbacks no longer count. */
        synchronized Progress snapshot() {
            Progress copy = new Progress(events);
            copy.acknowledged.addAll(acknowledged);
            copy.parked.putAll(parked);
            stopped = true;
            return copy;
        }

        List<Document> acknowledged() {
            return acknowledged;
        }

        Map<Document, String> parked() {
            return parked;
        }

        boolean complete() {
            return acknowledged.size() + parked.size() == events.size();
        }
    }

    /** An outbox entry that cannot become a Kafka record (unknown topic, unreadable fields). */
    static class UnpublishableEventException extends RuntimeException {
        UnpublishableEventException(String message) {
            super(message);
        }
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
