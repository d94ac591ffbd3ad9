package io.comptoir.suggestion.domain;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/** Co-views and co-purchases of product pairs. */
@ApplicationScoped
public class ProductPairRepository implements PanacheMongoRepositoryBase<ProductPair, String> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("a"));
    }

    void coViewed(String one, String other, String eventId) {
        count(one, other, eventId, "coViews");
        count(other, one, eventId, "coViews");
    }

    /** One direction only: an order counts each of its products against every other. */
    void coPurchased(String one, String other, String orderKey) {
        count(one, other, orderKey, "coPurchases");
    }

    /** Every pair whose first product is one of {@code products}. */
    List<ProductPair> partnersOf(Collection<String> products) {
        return mongoCollection().find(Filters.in("a", products)).into(new ArrayList<>());
    }

    private void count(String a, String b, String key, String counter) {
        CountedOnce.increment(
                mongoCollection().withDocumentClass(Document.class),
                a + " " + b,
                key,
                new Document("a", a).append("b", b),
                new Document(counter, 1L));
    }
}
