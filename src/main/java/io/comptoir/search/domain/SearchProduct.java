package io.comptoir.search.domain;

import io.comptoir.kernel.catalog.ProductView;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The search engine's document of one product, with its name and variant attributes tokenised for scoring. */
@MongoEntity(collection = "search_products")
public class SearchProduct extends ProductView {

    /** When the product first appeared (the earliest catalog event seen), for "newest" sorting. */
    public Instant createdAt;

    public List<String> nameTokens = new ArrayList<>();
    public List<String> attributeTokens = new ArrayList<>();
}
