package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.Product;
import io.comptoir.catalog.domain.ProductStatus;
import io.comptoir.kernel.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A product as the API shows it. */
public record ProductResponse(
        String id,
        String name,
        String categoryId,
        String sourceUrl,
        Money baseCost,
        ProductStatus status,
        List<VariantResponse> variants,
        List<String> images,
        Instant createdAt,
        Instant updatedAt) {

    /** One variant of the product. */
    /** {@code price} is absent until the pricing engine has computed it, unless set by an admin ({@code manualPrice}). */
    public record VariantResponse(String sku, Money price, boolean manualPrice, Map<String, String> attributes) {}

    static ProductResponse of(Product p) {
        return new ProductResponse(
                p.id,
                p.name,
                p.categoryId,
                p.sourceUrl,
                p.baseCost,
                p.status,
                p.variants.stream()
                        .map(v -> new VariantResponse(v.sku, v.price, v.manualPrice, v.attributes))
                        .toList(),
                p.images,
                p.createdAt,
                p.updatedAt);
    }
}
