package io.comptoir.kernel.outbox;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Base of every engine's aggregate document. {@code version} gives optimistic concurrency; beside
 * the mapped fields the document also holds the kernel's {@code outbox} (events not yet relayed)
 * and {@code handled} (ids of the last events applied to it), written in the same atomic update as
 * the state, and ignored when the document is read back into the entity.
 */
public abstract class Aggregate {

    @BsonId
    public String id;

    public long version;
}
