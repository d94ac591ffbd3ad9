package io.comptoir.suggestion.domain;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.comptoir.kernel.outbox.AggregateRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Views and orders per product; the most ordered, then most viewed, are the popular ones. */
@ApplicationScoped
public class ProductCounterRepository extends AggregateRepository<ProductCounter> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.descending("orders", "views"));
    }

    void viewed(String productId, String eventId) {
        CountedOnce.increment(raw(), productId, eventId, new Document(), new Document("views", 1L));
    }

    void ordered(String productId, String orderKey) {
        CountedOnce.increment(raw(), productId, orderKey, new Document(), new Document("orders", 1L));
    }

    /** Ids of the {@code count} most popular products. */
    List<String> popular(int count) {
        return mongoCollection()
                .find()
                .sort(Sorts.descending("orders", "views"))
                .limit(count)
                .map(c -> c.id)
                .into(new ArrayList<>());
    }

    long viewedProducts() {
        return mongoCollection().countDocuments(Filters.gt("views", 0));
    }

    private com.mongodb.client.MongoCollection<Document> raw() {
        return mongoCollection().withDocumentClass(Document.class);
    }
}
