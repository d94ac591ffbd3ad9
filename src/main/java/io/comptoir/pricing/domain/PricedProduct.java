package io.comptoir.pricing.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pricing engine's view of a catalogue product (its id is the product id), kept from catalog
 * events, with the last price computed for each of its skus.
 */
@MongoEntity(collection = "pricing_products")
public class PricedProduct extends Aggregate {

    public String categoryId;
    public Money baseCost;
    public boolean deleted;
    public long revision;
    public List<SkuPrice> prices = new ArrayList<>();
    public Instant calculatedAt;

    /** A sku's price (a list, not a map: skus may hold dots, which field names may not). */
    public static class SkuPrice {
        public String sku;
        public Money price;

        public SkuPrice() {}

        SkuPrice(String sku, Money price) {
            this.sku = sku;
            this.price = price;
        }
    }

    Optional<SkuPrice> price(String sku) {
        return prices.stream().filter(p -> p.sku.equals(sku)).findFirst();
    }
}
