package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.Product;
import io.comptoir.catalog.domain.ProductStatus;
import io.comptoir.kernel.money.Money;
import java.math.BigDecimal;
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
        RatingResponse rating,
        Instant createdAt,
        Instant updatedAt) {

    /** The average of the approved reviews (two decimals) and their count; zero before any. */
    public record RatingResponse(BigDecimal average, long count) {}

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
                p.rating == null
                        ? new RatingResponse(BigDecimal.ZERO.setScale(2), 0)
                        : new RatingResponse(p.rating.average, p.rating.count),
                p.createdAt,
                p.updatedAt);
    }
}
