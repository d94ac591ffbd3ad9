package io.comptoir.catalog.domain;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.catalog.ProductDeleted;
import io.comptoir.events.catalog.ProductViewed;
import io.comptoir.events.catalog.VariantCreated;
import io.comptoir.events.pricing.PriceCalculated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.outbox.Outbox;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;

/** The catalogue's rules: every change is saved with the event that announces it. */
@ApplicationScoped
public class CatalogService {

    private final ProductRepository products;
    private final CategoryRepository categories;
    private final Outbox outbox;

    CatalogService(ProductRepository products, CategoryRepository categories, Outbox outbox) {
        this.products = products;
        this.categories = categories;
        this.outbox = outbox;
    }

    public Product create(Product draft, Cause cause) {
        requireUniqueSkus(draft);
        requireKnownCategory(draft.categoryId);
        Instant now = Instant.now();
        draft.createdAt = now;
        draft.updatedAt = now;
        if (draft.status == null) {
            draft.status = ProductStatus.ACTIVE;
        }
        return products.create(draft, cause, events -> {
            events.add(Topic.CATALOG_PRODUCT_CREATED, draft.id, draft.snapshot());
            draft.variants.forEach(v -> events.add(
                    Topic.CATALOG_VARIANT_CREATED,
                    draft.id,
                    new VariantCreated(draft.id, v.sku, v.price, v.attributes)));
        });
    }

    /** Applies {@code changes} to a product that is not deleted and announces the new state. */
    public Product update(String id, Consumer<Product> changes, Cause cause) {
        return change(id, cause, (product, events) -> {
            String category = product.categoryId;
            changes.accept(product);
            if (!Objects.equals(category, product.categoryId)) {
                requireKnownCategory(product.categoryId);
            }
            if (product.status == ProductStatus.DELETED) {
                throw new ConflictException("use DELETE to delete a product");
            }
            requireUniqueSkus(product);
            product.updatedAt = Instant.now();
            events.add(Topic.CATALOG_PRODUCT_UPDATED, id, product.snapshot());
        });
    }

    public Product addVariant(String id, Product.Variant variant, Cause cause) {
        return change(id, cause, (product, events) -> {
            if (product.hasSku(variant.sku)) {
                throw new ConflictException("product " + id + " already has sku " + variant.sku);
            }
            product.variants.add(variant);
            product.updatedAt = Instant.now();
            events.add(
                    Topic.CATALOG_VARIANT_CREATED,
                    id,
                    new VariantCreated(id, variant.sku, variant.price, variant.attributes));
            events.add(Topic.CATALOG_PRODUCT_UPDATED, id, product.snapshot());
        });
    }

    public void delete(String id, Cause cause) {
        change(id, cause, (product, events) -> {
            long revision = product.version + 1;
            product.status = ProductStatus.DELETED;
            product.updatedAt = Instant.now();
            events.add(Topic.CATALOG_PRODUCT_DELETED, id, new ProductDeleted(id, revision));
        });
    }

    /**
     * The pricing engine computed a sku's price: variants without a manual price take it (an older
     * calculation than the one applied is ignored) and the catalogue announces the product again,
     * which is how the order engine learns the price.
     */
    public void applyPrice(PriceCalculated calculated, EventEnvelope event) {
        // A price for a product the catalogue never had changes nothing.
        products.applyIfPresent(calculated.productId(), event, (product, events) -> {
            product.variants.stream()
                    .filter(v -> v.sku.equals(calculated.sku()) && !v.manualPrice)
                    .filter(v -> v.priceCalculatedAt == null
                            || calculated.calculatedAt().isAfter(v.priceCalculatedAt))
                    .findFirst()
                    .ifPresent(variant -> {
                        variant.price = calculated.price();
                        variant.priceCalculatedAt = calculated.calculatedAt();
                        product.updatedAt = Instant.now();
                        if (!product.isDeleted()) {
                            events.add(Topic.CATALOG_PRODUCT_UPDATED, product.id, product.snapshot());
                        }
                    });
        });
    }

    /** A product as clients see it; records the view (with the session) for suggestions and analytics. */
    public Product view(String id, String sessionId, Cause cause) {
        Product product = find(id);
        outbox.emit(
                Engine.CATALOG,
                cause,
                events ->
                        events.add(Topic.CATALOG_PRODUCT_VIEWED, id, new ProductViewed(id, sessionId, cause.userId())));
        return product;
    }

    public Product find(String id) {
        return products.findByIdOptional(id)
                .filter(p -> !p.isDeleted())
                .orElseThrow(() -> new NotFoundException("no product " + id));
    }

    /**
     * Products newest first, not deleted unless asked by status: by category, status, sku, and words
     * of the name ({@code q}, case-insensitive, taken literally).
     */
    public PageResponse<Product> list(
            String categoryId, ProductStatus status, String sku, String q, PageRequest paging) {
        Document filter = new Document(
                "status",
                status != null
                        ? new Document("$eq", status.name())
                        : new Document("$ne", ProductStatus.DELETED.name()));
        if (categoryId != null) {
            filter.append("categoryId", categoryId);
        }
        if (sku != null) {
            filter.append("variants.sku", sku);
        }
        if (q != null && !q.isBlank()) {
            filter.append("name", new Document("$regex", Pattern.quote(q.strip())).append("$options", "i"));
        }
        var found = products.find(filter, new Document("createdAt", -1).append("_id", 1));
        return paging.of(found);
    }

    /** Statistics: products by status, skus on sale, categories. */
    public CatalogStats stats() {
        Map<ProductStatus, Long> byStatus = new LinkedHashMap<>();
        for (ProductStatus status : ProductStatus.values()) {
            byStatus.put(status, products.count("status", status.name()));
        }
        return new CatalogStats(byStatus, categories.count());
    }

    public record CatalogStats(Map<ProductStatus, Long> products, long categories) {}

    /** A product names a category of the catalogue's tree, or none. */
    private void requireKnownCategory(String categoryId) {
        if (categoryId != null && categories.findByIdOptional(categoryId).isEmpty()) {
            throw new UnprocessableException(
                    "no category " + categoryId,
                    List.of(new Problem.FieldError("categoryId", "no category " + categoryId)));
        }
    }

    private Product change(String id, Cause cause, java.util.function.BiConsumer<Product, EventBuffer> change) {
        return products.modify(id, cause, (product, events) -> {
                    if (product.isDeleted()) {
                        throw new NotFoundException("no product " + id);
                    }
                    change.accept(product, events);
                    return product;
                })
                .orElseThrow(() -> new NotFoundException("no product " + id));
    }

    private static void requireUniqueSkus(Product product) {
        if (product.variants.stream().map(v -> v.sku).distinct().count() != product.variants.size()) {
            throw new UnprocessableException(
                    "variant skus must be unique within a product",
                    List.of(new Problem.FieldError("variants", "skus must be unique")));
        }
    }
}
