package io.comptoir.suggestion.domain;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Counts with {@code $inc} in one conditional upsert per document, so replicas counting at once
 * never lose a count (no read-modify-write), and under a guard key (an event id, or an order id for
 * purchases) kept in the document, so a redelivery counts nothing twice. Only the last keys are
 * kept: a redelivery comes right after a crash, older duplicates are the inbox's to catch.
 */
final class CountedOnce {

    static final String COUNTED = "counted";
    private static final int KEPT = 100;

    private CountedOnce() {}

    /** Adds {@code increments} to document {@code id} (created with {@code fields} if new) unless {@code key} was counted. */
    static void increment(
            MongoCollection<Document> collection, String id, String key, Document fields, Document increments) {
        Document update = new Document("$inc", increments)
                .append("$push", new Document(COUNTED, new Document("$each", List.of(key)).append("$slice", -KEPT)));
        if (!fields.isEmpty()) {
            update.append("$setOnInsert", fields);
        }
        upsertUnless(collection, and(eq("_id", id), ne(COUNTED, key)), update);
    }

    /**
     * Applies {@code update} to the document {@code filter} selects by id and a guard, inserting it
     * when there is none; a duplicate key means the document exists but the guard failed (done
     * already), or that a concurrent upsert created it: one more try tells them apart.
     */
    static void upsertUnless(MongoCollection<Document> collection, Bson filter, Document update) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                collection.updateOne(filter, update, new UpdateOptions().upsert(true));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }
}
