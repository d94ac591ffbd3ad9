package io.comptoir.suggestion.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * The suggestion engine's own view of one catalogue product (id = the product id), kept from
 * catalog and inventory events: what it is, what it costs and whether it can be suggested at all.
 */
@MongoEntity(collection = "suggestion_products")
public class SuggestedProduct extends Aggregate {

    public String name;
    public String categoryId;
    public String status;
    public long revision;
    /** The lowest variant price; null until the product is priced. */
    public Money price;

    public List<String> skus = new ArrayList<>();
    /** Skus with units available (a list: skus may hold dots, which field names may not). */
    public List<String> inStockSkus = new ArrayList<>();

    /** Never suggest a deleted, inactive, unpriced or out-of-stock product. */
    boolean suggestable() {
        return "ACTIVE".equals(status) && price != null && inStockSkus.stream().anyMatch(skus::contains);
    }
}
