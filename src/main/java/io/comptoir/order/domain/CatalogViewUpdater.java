package io.comptoir.order.domain;

import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductSnapshot;
import io.comptoir.kernel.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;

/** Keeps the order engine's catalogue view from catalog events, ignoring stale redeliveries. */
@ApplicationScoped
public class CatalogViewUpdater {

    private final CatalogEntryRepository catalog;

    CatalogViewUpdater(CatalogEntryRepository catalog) {
        this.catalog = catalog;
    }

    public void onSnapshot(ProductSnapshot product, EventEnvelope event) {
        catalog.apply(product.productId(), event, CatalogEntry::new, (entry, events) -> {
            if (product.revision() < entry.revision) {
                return;
            }
            entry.revision = product.revision();
            entry.name = product.name();
            entry.categoryId = product.categoryId();
            entry.status = product.status();
            entry.prices = new ArrayList<>(product.variants().stream()
                    .map(v -> new CatalogEntry.Price(v.sku(), v.price()))
                    .toList());
        });
    }

    public void onDeleted(ProductDeleted deleted, EventEnvelope event) {
        catalog.apply(deleted.productId(), event, CatalogEntry::new, (entry, events) -> {
            if (deleted.revision() < entry.revision) {
                return;
            }
            entry.revision = deleted.revision();
            entry.status = "DELETED";
        });
    }
}
