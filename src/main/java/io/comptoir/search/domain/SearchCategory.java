package io.comptoir.search.domain;

import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** A category as the search engine knows it (id = the category id), for matching its name and its sub-categories. */
@MongoEntity(collection = "search_categories")
public class SearchCategory extends Aggregate {

    public String name;
    public String parentId;
}
