package io.comptoir.console.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.types.ObjectId;

/** One action an admin took through the console: who, when, what, on what. */
@MongoEntity(collection = "console_audit")
public class AuditEntry {

    /** The actions the console audits. */
    public enum Action {
        DEAD_LETTER_REPLAYED,
        DEAD_LETTER_DISCARDED
    }

    public ObjectId id;
    public Instant at;
    public String actor;
    public Action action;
    public String target;
    public String detail;
}
