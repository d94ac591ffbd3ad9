package io.comptoir.catalog.domain;

import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A product of the catalogue, with its sellable variants; deleting keeps the document (status DELETED). */
@MongoEntity(collection = "catalog_products")
public class Product extends Aggregate {

    public String name;
    public String categoryId;
    public String sourceUrl;
    public Money baseCost;
    public ProductStatus status;
    public List<Variant> variants = new ArrayList<>();
    public List<String> images = new ArrayList<>();
    public Instant createdAt;
    public Instant updatedAt;

    /** The review engine's aggregate of the approved reviews; none until one is approved. */
    public ProductRatings.Rating rating;

    /**
     * One sellable variant (a size, a colour) with its own sku and price: set by an admin (manual),
     * or the pricing engine's, absent until it has computed one.
     */
    public static class Variant {
        public String sku;
        public Money price;
        public boolean manualPrice;
        public Instant priceCalculatedAt;
        public Map<String, String> attributes;

        public Variant() {}

        public Variant(String sku, Money price, Map<String, String> attributes) {
            this.sku = sku;
            this.price = price;
            this.manualPrice = price != null;
            this.attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }

    public boolean isDeleted() {
        return status == ProductStatus.DELETED;
    }

    public boolean hasSku(String sku) {
        return variants.stream().anyMatch(v -> v.sku.equals(sku));
    }

    /** The event payload describing this product as it is after the current change. */
    ProductSnapshot snapshot() {
        return new ProductSnapshot(
                id,
                name,
                categoryId,
                sourceUrl,
                baseCost,
                status.name(),
                variants.stream()
                        .map(v -> new ProductSnapshot.Variant(v.sku, v.price, v.attributes))
                        .toList(),
                version + 1);
    }
}
