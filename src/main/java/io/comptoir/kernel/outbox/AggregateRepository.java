package io.comptoir.kernel.outbox;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.comptoir.events.Engine;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Panache repository of an engine's aggregates that writes each state change and the events it
 * causes in one atomic single-document update (the transactional outbox without transactions, so
 * it holds on a MongoDB replica set and on the wire server alike). Changes use optimistic
 * concurrency on {@code version} and are retried on conflict; changes caused by an event record the
 * event id in the document, so a redelivered event changes nothing. The emitting engine is the one
 * whose package holds the repository.
 */
public abstract class AggregateRepository<T extends Aggregate> implements PanacheMongoRepositoryBase<T, String> {

    private static final int MAX_ATTEMPTS = 20;

    @Inject
    EventFactory events;

    @Inject
    OutboxSignal signal;

    private volatile Set<String> stateFields;

    /** Inserts a new aggregate (given an id when it has none) with the events its creation causes. */
    public T create(T entity, Cause cause, Consumer<EventBuffer> emit) {
        if (entity.id == null) {
            IdempotentHandling.refuse("create without an id");
            entity.id = new ObjectId().toHexString();
        }
        EventBuffer buffer = events.buffer(engine(), cause);
        emit.accept(buffer);
        insert(entity, buffer.events(), null);
        return entity;
    }

    /**
     * Loads the aggregate, applies {@code change} (which may add events), and saves both atomically;
     * retried from a fresh read when another writer got there first. Empty when the id is unknown.
     */
    public <R> Optional<R> modify(String id, Cause cause, BiFunction<T, EventBuffer, R> change) {
        return modify(id, null, cause, change);
    }

    /**
     * As {@link #modify(String, Cause, BiFunction)}, starting from {@code held}, the aggregate as the
     * caller has just read or written it (and changed in place): no read, unless another writer
     * changed it since.
     */
    public <R> Optional<R> modify(T held, Cause cause, BiFunction<T, EventBuffer, R> change) {
        return modify(held.id, held, cause, change);
    }

    private <R> Optional<R> modify(String id, T held, Cause cause, BiFunction<T, EventBuffer, R> change) {
        IdempotentHandling.refuse("modify");
        T entity = held;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (entity == null) {
                BsonDocument doc = raw().find(eq(OutboxFields.ID, id)).first();
                if (doc == null) {
                    return Optional.empty();
                }
                entity = decode(doc);
            }
            EventBuffer buffer = events.buffer(engine(), cause);
            R result = change.apply(entity, buffer);
            if (update(entity, buffer.events(), null)) {
                return Optional.of(result);
            }
            entity = null;
        }
        throw new ConcurrentUpdateException("aggregate " + id + " kept changing; try again");
    }

    /**
     * Changes each of {@code candidates} as {@link #modify} does, from a fresh read, and counts those
     * whose change returns true. The way jobs move what a query found due: when replicas race, the
     * loser re-reads an aggregate already moved on, its change finds nothing to do, and nothing is
     * announced twice.
     */
    public int modifyEach(Iterable<T> candidates, Cause cause, BiFunction<T, EventBuffer, Boolean> change) {
        int changed = 0;
        for (T candidate : candidates) {
            if (modify(candidate.id, cause, change).orElse(false)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * Changes aggregate {@code id} as {@link #modify} does, creating it with {@code create} (given
     * that id) first when it does not exist yet; the change's events are stored with it either way.
     */
    public T upsert(String id, Cause cause, Supplier<T> create, BiConsumer<T, EventBuffer> change) {
        IdempotentHandling.refuse("upsert");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<T> changed = modify(id, cause, (entity, events) -> {
                change.accept(entity, events);
                return entity;
            });
            if (changed.isPresent()) {
                return changed.get();
            }
            T entity = create.get();
            entity.id = id;
            try {
                return create(entity, cause, events -> change.accept(entity, events));
            } catch (DuplicateAggregateException raced) {
                // created by another writer meanwhile: change that one
            }
        }
        throw new ConcurrentUpdateException("aggregate " + id + " kept changing; try again");
    }

    /**
     * Applies the effect of a consumed event to aggregate {@code id}, creating it with {@code
     * create} when it does not exist yet, and returns the aggregate as it then is (empty when it
     * does not exist and {@code create} is null). Exactly once per event id: changes nothing when
     * this aggregate has already handled {@code event}, nor when the change leaves it as it was
     * (but for recording the event when the handler is idempotent on its own; a snapshot's handler
     * applies it again: {@link IdempotentHandling}).
     */
    public Optional<T> apply(String id, EventEnvelope event, Supplier<T> create, BiConsumer<T, EventBuffer> change) {
        Cause cause = Cause.of(event);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            BsonDocument doc = raw().find(eq(OutboxFields.ID, id)).first();
            EventBuffer buffer = events.buffer(engine(), cause);
            if (doc == null) {
                if (create == null) {
                    return Optional.empty();
                }
                T entity = create.get();
                entity.id = id;
                change.accept(entity, buffer);
                try {
                    insert(entity, buffer.events(), event.id());
                    IdempotentHandling.applied();
                    return Optional.of(entity);
                } catch (DuplicateAggregateException raced) {
                    continue;
                }
            }
            T entity = decode(doc);
            if (handled(doc, event.id()) && !IdempotentHandling.reapplies()) {
                IdempotentHandling.repeated();
                return Optional.of(entity);
            }
            BsonDocument before = encode(entity);
            change.accept(entity, buffer);
            if (buffer.events().isEmpty() && encode(entity).equals(before)) {
                // Nothing a reader sees changed (a stock count a view ignores, say): no write. A
                // redelivery is caught by the inbox, or re-applied in order to the same effect;
                // a handler recorded by its aggregates records the event alone.
                if (IdempotentHandling.recordsEveryEvent()) {
                    remember(id, event.id());
                    IdempotentHandling.applied();
                }
                return Optional.of(entity);
            }
            if (update(entity, buffer.events(), event.id())) {
                IdempotentHandling.applied();
                return Optional.of(entity);
            }
        }
        throw new ConcurrentUpdateException("aggregate " + id + " kept changing while applying " + event.id());
    }

    /** As {@link #apply}, for an aggregate that must exist already: an unknown id changes nothing. */
    public Optional<T> applyIfPresent(String id, EventEnvelope event, BiConsumer<T, EventBuffer> change) {
        return apply(id, event, null, change);
    }

    /** Whether event {@code eventId} of aggregate {@code id} still waits in its outbox (Kafka has not taken it). */
    public boolean isPending(String id, String eventId) {
        return raw().countDocuments(Filters.and(eq(OutboxFields.ID, id), eq(OutboxFields.OUTBOX + ".id", eventId))) > 0;
    }

    /** Sums of numeric fields over the whole collection (0 when it is empty), for statistics. */
    public Map<String, Long> sum(String... fields) {
        BsonDocument group = new BsonDocument("_id", BsonNull.VALUE);
        for (String field : fields) {
            group.put(field, new BsonDocument("$sum", new BsonString("$" + field)));
        }
        BsonDocument totals =
                raw().aggregate(List.of(new BsonDocument("$group", group))).first();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String field : fields) {
            sums.put(field, totals == null ? 0 : totals.getNumber(field).longValue());
        }
        return sums;
    }

    /** How many elements the array {@code field} holds over the whole collection, for statistics. */
    public long sumOfSizes(String field) {
        BsonDocument size = new BsonDocument(
                "$size",
                new BsonDocument("$ifNull", new BsonArray(List.of(new BsonString("$" + field), new BsonArray()))));
        BsonDocument total = raw().aggregate(List.of(new BsonDocument(
                        "$group", new BsonDocument("_id", BsonNull.VALUE).append("n", new BsonDocument("$sum", size)))))
                .first();
        return total == null ? 0 : total.getNumber("n").longValue();
    }

    /**
     * Sums of a money field ({@code amount} and {@code currency}) per currency over the documents
     * matching {@code filter}, for statistics.
     */
    public Map<String, Long> sumByCurrency(String moneyField, Bson filter) {
        Map<String, Long> sums = new LinkedHashMap<>();
        raw().aggregate(List.of(
                        new BsonDocument("$match", filter.toBsonDocument()),
                        new BsonDocument(
                                "$group",
                                new BsonDocument("_id", new BsonString("$" + moneyField + ".currency"))
                                        .append(
                                                "amount",
                                                new BsonDocument(
                                                        "$sum", new BsonString("$" + moneyField + ".amount"))))))
                .forEach(d -> sums.put(
                        d.getString("_id").getValue(), d.getNumber("amount").longValue()));
        return sums;
    }

    protected Engine engine() {
        return Engine.ofClass(getClass())
                .orElseThrow(() -> new IllegalStateException(getClass() + " is not in an engine package"));
    }

    private void insert(T entity, List<PendingEvent> pending, String handledEventId) {
        entity.version = 1;
        BsonDocument doc = encode(entity);
        if (!pending.isEmpty()) {
            doc.put(OutboxFields.OUTBOX, outbox(pending));
            doc.put(OutboxFields.PENDING_SINCE, new BsonDateTime(System.currentTimeMillis()));
        }
        if (handledEventId != null) {
            doc.put(OutboxFields.HANDLED, new BsonArray(List.of(new BsonString(handledEventId))));
        }
        try {
            raw().insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateAggregateException(
                        collectionName() + " already holds " + (entity.id == null ? "this key" : entity.id));
            }
            throw e;
        }
        if (!pending.isEmpty()) {
            signal.pending(collectionName(), entity.id);
        }
    }

    private boolean update(T entity, List<PendingEvent> pending, String handledEventId) {
        long expected = entity.version;
        BsonDocument set = encode(entity);
        set.remove(OutboxFields.ID);
        set.remove(OutboxFields.VERSION);
        BsonDocument update =
                new BsonDocument("$set", set).append("$inc", new BsonDocument(OutboxFields.VERSION, new BsonInt32(1)));
        BsonDocument unset = new BsonDocument();
        stateFields().stream().filter(f -> !set.containsKey(f)).forEach(f -> unset.put(f, new BsonString("")));
        if (!unset.isEmpty()) {
            update.put("$unset", unset);
        }
        BsonDocument push = new BsonDocument();
        if (!pending.isEmpty()) {
            push.put(OutboxFields.OUTBOX, new BsonDocument("$each", outbox(pending)));
            update.put(
                    "$min", new BsonDocument(OutboxFields.PENDING_SINCE, new BsonDateTime(System.currentTimeMillis())));
        }
        if (handledEventId != null) {
            push.put(OutboxFields.HANDLED, handledPush(handledEventId));
        }
        if (!push.isEmpty()) {
            update.put("$push", push);
        }
        Bson filter = and(eq(OutboxFields.ID, entity.id), eq(OutboxFields.VERSION, expected));
        if (raw().updateOne(filter, update).getMatchedCount() == 0) {
            return false;
        }
        entity.version = expected + 1;
        if (!pending.isEmpty()) {
            signal.pending(collectionName(), entity.id);
        }
        return true;
    }

    /** Records that the aggregate handled {@code eventId}, changing nothing else (not even the version). */
    private void remember(String id, String eventId) {
        raw().updateOne(
                        eq(OutboxFields.ID, id),
                        new BsonDocument("$push", new BsonDocument(OutboxFields.HANDLED, handledPush(eventId))));
    }

    private static BsonDocument handledPush(String eventId) {
        return new BsonDocument("$each", new BsonArray(List.of(new BsonString(eventId))))
                .append("$slice", new BsonInt32(-OutboxFields.HANDLED_KEPT));
    }

    private static BsonArray outbox(List<PendingEvent> pending) {
        BsonArray array = new BsonArray();
        pending.forEach(e -> array.add(e.toDocument().toBsonDocument()));
        return array;
    }

    private static boolean handled(BsonDocument doc, String eventId) {
        BsonArray handled = doc.getArray(OutboxFields.HANDLED, new BsonArray());
        return handled.contains(new BsonString(eventId));
    }

    private MongoCollection<BsonDocument> raw() {
        return mongoCollection().withDocumentClass(BsonDocument.class);
    }

    private String collectionName() {
        return mongoCollection().getNamespace().getCollectionName();
    }

    private Codec<T> codec() {
        MongoCollection<T> collection = mongoCollection();
        return collection.getCodecRegistry().get(collection.getDocumentClass());
    }

    private BsonDocument encode(T entity) {
        BsonDocument doc = new BsonDocument();
        codec().encode(
                        new BsonDocumentWriter(doc),
                        entity,
                        EncoderContext.builder().build());
        return doc;
    }

    private T decode(BsonDocument doc) {
        return codec().decode(
                        new BsonDocumentReader(doc), DecoderContext.builder().build());
    }

    /** Names of the mapped state fields, so a field set to null is removed from the document. */
    private Set<String> stateFields() {
        Set<String> fields = stateFields;
        if (fields == null) {
            fields = Arrays.stream(mongoCollection().getDocumentClass().getFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                    .map(Field::getName)
                    .filter(name -> !name.equals("id") && !name.equals(OutboxFields.VERSION))
                    .collect(Collectors.toUnmodifiableSet());
            stateFields = fields;
        }
        return fields;
    }
}
