package io.comptoir.suggestion.domain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.comptoir.suggestion.config.SuggestionConfig;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Sessions' recent views, forgotten {@code session-retention} after their last view. */
@ApplicationScoped
public class SessionViewsRepository implements PanacheMongoRepositoryBase<SessionViews, String> {

    private static final String LAST_VIEW_AT = "lastViewAt";

    private final SuggestionConfig config;

    SessionViewsRepository(SuggestionConfig config) {
        this.config = config;
    }

    void createIndexes(@Observes StartupEvent start) {
        Bson keys = Indexes.ascending(LAST_VIEW_AT);
        IndexOptions ttl =
                new IndexOptions().expireAfter(config.sessionRetention().toSeconds(), TimeUnit.SECONDS);
        try {
            mongoCollection().createIndex(keys, ttl);
        } catch (MongoCommandException e) {
            // The retention changed since the index was made.
            mongoCollection().dropIndex(keys);
            mongoCollection().createIndex(keys, ttl);
        }
    }

    /**
     * Appends a view to its session once (by event id) and returns the products it pairs with: the
     * distinct products the session viewed before, when this is the session's first view of the
     * product (later views of it pair with nothing new). The order of the session's list decides
     * which of two concurrent views came second, so each pair of a session is counted once, and a
     * redelivery finds the same answer.
     */
    List<String> record(String sessionId, String productId, String eventId) {
        Document view = new Document("productId", productId).append("eventId", eventId);
        Document update = new Document(
                        "$push",
                        new Document(
                                "views",
                                new Document("$each", List.of(view)).append("$slice", -config.sessionViewsKept())))
                .append("$set", new Document(LAST_VIEW_AT, new Date()));
        CountedOnce.upsertUnless(
                mongoCollection().withDocumentClass(Document.class),
                and(eq("_id", sessionId), ne("views.eventId", eventId)),
                update);
        List<SessionViews.View> views =
                findByIdOptional(sessionId).map(s -> s.views).orElse(List.of());
        List<String> before = new ArrayList<>();
        for (SessionViews.View seen : views) {
            if (seen.eventId.equals(eventId)) {
                return before.contains(productId) ? List.of() : before;
            }
            if (!before.contains(seen.productId)) {
                before.add(seen.productId);
            }
        }
        return List.of(); // no longer among the views kept
    }
}
