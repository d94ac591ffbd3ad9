package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.Product;
import io.comptoir.catalog.domain.ProductStatus;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.web.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Request bodies of the product endpoints, validated before anything changes. */
final class ProductRequests {

    static final String URL = "https?://\\S{1,2000}";

    private ProductRequests() {}

    /** {@code POST /api/products}. */
    record Create(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String categoryId,
            @Pattern(regexp = URL, message = "must be an http(s) URL") String sourceUrl,
            @NotNull @ValidMoney(currencies = "CNY") Money baseCost,
            ProductStatus status,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid NewVariant> variants,
            @Size(max = 20) List<@NotNull @Pattern(regexp = URL, message = "must be an http(s) URL") String> images) {

        Product toProduct() {
            Product product = new Product();
            product.name = name;
            product.categoryId = categoryId;
            product.sourceUrl = sourceUrl;
            product.baseCost = baseCost;
            product.status = status;
            product.variants =
                    new ArrayList<>(variants.stream().map(NewVariant::toVariant).toList());
            product.images = images == null ? new ArrayList<>() : new ArrayList<>(images);
            return product;
        }
    }

    /**
     * A variant of a new product, or {@code POST /api/products/{id}/variants}. Without a price, the
     * pricing engine's computed price applies (and follows cost, margin and settings changes).
     */
    record NewVariant(
            @NotBlank @Pattern(regexp = Identifiers.SKU, message = Identifiers.SKU_MESSAGE) String sku,
            @ValidMoney(min = 1) Money price,
            @Size(max = 20)
                    Map<
                                    @NotNull
                                    @Pattern(
                                            regexp = "[A-Za-z][A-Za-z0-9_-]{0,49}",
                                            message = "must be a name of letters, digits, '_' or '-'")
                                    String,
                                    @NotNull @Size(max = 200) String>
                            attributes) {

        Product.Variant toVariant() {
            return new Product.Variant(sku, price, attributes);
        }
    }

    /** {@code PATCH /api/products/{id}}: only the fields present change. */
    record Patch(
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(max = 100) String categoryId,
            @Pattern(regexp = URL, message = "must be an http(s) URL") String sourceUrl,
            @ValidMoney(currencies = "CNY") Money baseCost,
            ProductStatus status,
            @Size(max = 20) List<@NotNull @Pattern(regexp = URL, message = "must be an http(s) URL") String> images) {

        void applyTo(Product product) {
            if (name != null) {
                product.name = name;
            }
            if (categoryId != null) {
                product.categoryId = categoryId;
            }
            if (sourceUrl != null) {
                product.sourceUrl = sourceUrl;
            }
            if (baseCost != null) {
                product.baseCost = baseCost;
            }
            if (status != null) {
                product.status = status;
            }
            if (images != null) {
                product.images = new ArrayList<>(images);
            }
        }
    }
}
