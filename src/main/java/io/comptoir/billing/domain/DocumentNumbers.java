package io.comptoir.billing.domain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Gap-free, per-series sequential numbers for documents that already exist. A number is the next
 * rank of its series, inserted with the document's id; two replicas racing for a rank collide on
 * the unique {@code _id} and the loser takes the next one, and a document asking again (after a
 * crash between allocation and use) gets the number it already holds.
 */
@ApplicationScoped
public class DocumentNumbers implements PanacheMongoRepositoryBase<DocumentNumber, String> {

    private static final int MAX_ATTEMPTS = 100;

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.ascending("holder"), new IndexOptions().unique(true));
        mongoCollection().createIndex(Indexes.descending("series", "rank"));
    }

    /** The {@code rank}-th number of {@code series}: {@code FAC-2026-000123}, six digits at least. */
    static String number(String series, long rank) {
        return "%s-%06d".formatted(series, rank);
    }

    /** The number of {@code documentId} in {@code series} (e.g. {@code FAC-2026}), allocated if it has none. */
    public String allocate(String series, String documentId) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String holder = series + "/" + documentId;
            Optional<DocumentNumber> held = find("holder", holder).firstResultOptional();
            if (held.isPresent()) {
                return held.get().number;
            }
            long rank = find("series", Sort.descending("rank"), series)
                            .firstResultOptional()
                            .map(n -> n.rank)
                            .orElse(0L)
                    + 1;
            DocumentNumber number = new DocumentNumber();
            number.number = number(series, rank);
            number.series = series;
            number.rank = rank;
            number.documentId = documentId;
            number.holder = holder;
            try {
                persist(number);
                return number.number;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // another document took this rank, or this one got a number meanwhile: look again
            }
        }
        throw new IllegalStateException(
                "no number for " + documentId + " in " + series + " after " + MAX_ATTEMPTS + " attempts");
    }
}
