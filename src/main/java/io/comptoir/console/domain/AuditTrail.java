package io.comptoir.console.domain;

import com.mongodb.client.model.Indexes;
import io.quarkus.mongodb.panache.PanacheMongoRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;

/** The console's audit trail ({@code console_audit}), written once per action and never changed. */
@ApplicationScoped
public class AuditTrail implements PanacheMongoRepository<AuditEntry> {

    void createIndexes(@Observes StartupEvent start) {
        mongoCollection().createIndex(Indexes.descending("at"));
    }

    void record(String actor, AuditEntry.Action action, String target, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.target = target;
        entry.detail = detail;
        persist(entry);
    }

    /** The latest {@code limit} entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return findAll(Sort.descending("at").and("_id", Sort.Direction.Descending))
                .page(Page.ofSize(limit))
                .list();
    }
}
