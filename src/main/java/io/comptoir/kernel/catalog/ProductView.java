package io.comptoir.kernel.catalog;

import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.events.inventory.StockUpdated;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An engine's own view of one catalogue product (id = the product id) kept from catalog and
 * inventory events, for the read-model engines that show products (suggestions, search): the
 * same rules everywhere for stale revisions, deletion, the displayed price and being in stock.
 * Each engine's entity extends it with its own fields and collection.
 */
public abstract class ProductView extends Aggregate {

    public String name;
    public String categoryId;
    public String status;
    public long revision;
    /** The lowest variant price (in the first priced variant's currency); null until priced. */
    public Money price;

    public List<String> skus = new ArrayList<>();
    /** Skus with units available (a list: skus may hold dots, which field names may not). */
    public List<String> inStockSkus = new ArrayList<>();

    /** Takes a product as the catalogue now announces it; false (nothing changed) for a stale revision. */
    public boolean applySnapshot(ProductSnapshot snapshot) {
        if (snapshot.revision() < revision) {
            return false;
        }
        revision = snapshot.revision();
        name = snapshot.name();
        categoryId = snapshot.categoryId();
        status = snapshot.status();
        skus = new ArrayList<>(
                snapshot.variants().stream().map(ProductSnapshot.Variant::sku).toList());
        List<Money> prices = snapshot.variants().stream()
                .map(ProductSnapshot.Variant::price)
                .filter(Objects::nonNull)
                .toList();
        price = prices.stream()
                .filter(p -> p.currency().equals(prices.getFirst().currency()))
                .min(Comparator.comparingLong(Money::amount))
                .orElse(null);
        return true;
    }

    public void applyDeleted(ProductDeleted deleted) {
        if (deleted.revision() >= revision) {
            revision = deleted.revision();
            status = "DELETED";
        }
    }

    /** Stock events of a sku come in order (the sku is their key): the last one says whether it is in stock. */
    public void applyStock(StockUpdated stock) {
        boolean available = stock.available() > 0;
        // Every reservation announces the stock: the view changes only when the sku comes or goes.
        if (available && !inStockSkus.contains(stock.sku())) {
            inStockSkus.add(stock.sku());
        } else if (!available) {
            inStockSkus.remove(stock.sku());
        }
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean inStock() {
        return inStockSkus.stream().anyMatch(skus::contains);
    }
}
