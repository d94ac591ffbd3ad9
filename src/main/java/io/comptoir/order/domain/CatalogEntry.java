package io.comptoir.order.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order engine's own view of one catalogue product, kept from catalog events (never read from
 * the catalog's collection): what can be ordered and at which price.
 */
@MongoEntity(collection = "order_catalog")
public class CatalogEntry extends Aggregate {

    public String name;
    public String categoryId;
    public String status;
    public List<Price> prices = new ArrayList<>();
    public long revision;

    /** The price of one sku (a list, not a map: skus may hold dots, which field names may not). */
    public static class Price {
        public String sku;
        public Money price;

        public Price() {}

        public Price(String sku, Money price) {
            this.sku = sku;
            this.price = price;
        }
    }

    public boolean orderable() {
        return "ACTIVE".equals(status);
    }

    /** The sku's price; empty for an unknown sku or one the pricing engine has not priced yet. */
    public Optional<Money> price(String sku) {
        return prices.stream().filter(p -> p.sku.equals(sku)).findFirst().map(p -> p.price);
    }

    public boolean hasSku(String sku) {
        return prices.stream().anyMatch(p -> p.sku.equals(sku));
    }
}
