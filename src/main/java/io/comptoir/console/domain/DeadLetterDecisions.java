package io.comptoir.console.domain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The decisions taken on dead letters, at most one each. */
@ApplicationScoped
class DeadLetterDecisions implements PanacheMongoRepositoryBase<DeadLetterDecision, String> {

    Map<String, DeadLetterDecision> byId(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<DeadLetterDecision> found = find("_id in ?1", List.copyOf(ids)).list();
        return found.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
    }

    /** Records the decision unless one exists for the same dead letter; returns whether it did. */
    boolean take(DeadLetterDecision decision) {
        try {
            persist(decision);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** Withdraws a decision that could not be carried out (the replay did not reach Kafka). */
    void withdraw(String id) {
        deleteById(id);
    }
}
