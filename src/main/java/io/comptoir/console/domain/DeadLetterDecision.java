package io.comptoir.console.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An admin's decision on one dead letter, under the dead letter's id ({@code <topic>-<partition>-
 * <offset>}): the unique {@code _id} lets one decision only be taken, however many admins click.
 */
@MongoEntity(collection = "console_dead_letters")
public class DeadLetterDecision {

    /** What became of a dead letter. */
    public enum Status {
        PENDING,
        REPLAYED,
        DISCARDED
    }

    @BsonId
    public String id;

    public Status status;
    public String engine;
    public String topic;
    public String eventId;
    public String decidedBy;
    public Instant decidedAt;
    /** Why it was discarded. */
    public String note;
}
