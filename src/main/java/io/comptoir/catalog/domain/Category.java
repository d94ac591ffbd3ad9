package io.comptoir.catalog.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;

/** A catalogue category (its id is the slug products refer to, e.g. {@code audio}), possibly under a parent. */
@MongoEntity(collection = "catalog_categories")
public class Category extends Aggregate {

    public String name;
    public String parentId;
    public Instant updatedAt;
}
