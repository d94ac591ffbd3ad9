package io.comptoir.kernel.outbox;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.comptoir.events.Engine;
import io.comptoir.kernel.events.Cause;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events that record something without changing any aggregate (a product was viewed): each call
 * stores one document in the {@code outbox} collection, which the relay deletes once Kafka has
 * acknowledged its events. The emitting engine passes itself, and the registry's grants apply.
 */
@ApplicationScoped
public class Outbox {

    static final String COLLECTION = "outbox";
    /** Events that can never be published (unknown topic, too large), kept with the reason. */
    static final String PARKED = "outbox_parked";

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> parked;
    private final EventFactory events;
    private final OutboxSignal signal;

    Outbox(
            MongoClient mongo,
            @ConfigProperty(name = "quarkus.mongodb.database") String database,
            EventFactory events,
            OutboxSignal signal) {
        this.collection = mongo.getDatabase(database).getCollection(COLLECTION);
        this.parked = mongo.getDatabase(database).getCollection(PARKED);
        this.events = events;
        this.signal = signal;
    }

    public void emit(Engine engine, Cause cause, Consumer<EventBuffer> emit) {
        EventBuffer buffer = events.buffer(engine, cause);
        emit.accept(buffer);
        List<PendingEvent> pending = buffer.events();
        if (pending.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        collection.insertOne(new Document(OutboxFields.ID, id)
                .append(
                        OutboxFields.OUTBOX,
                        pending.stream().map(PendingEvent::toDocument).toList())
                .append(OutboxFields.PENDING_SINCE, new Date()));
        signal.pending(COLLECTION, id);
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    MongoCollection<Document> parked() {
        return parked;
    }
}
