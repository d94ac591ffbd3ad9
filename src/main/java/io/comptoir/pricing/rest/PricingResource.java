package io.comptoir.pricing.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.pricing.domain.CategoryMargin;
import io.comptoir.pricing.domain.PricedProduct;
import io.comptoir.pricing.domain.PricingService;
import io.comptoir.pricing.domain.PricingSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pricing settings, category margins and quantity tiers (admins), and the prices they give (anyone). */
@Path("/api/pricing")
@Tag(name = "pricing", description = "Selling prices from base cost, exchange rate, margins and fees")
public class PricingResource {

    /** The global settings; rates are decimal fractions ({@code 0.30} is 30 %). */
    public record SettingsResponse(
            BigDecimal exchangeRate,
            BigDecimal defaultMarginRate,
            BigDecimal serviceFeeRate,
            BigDecimal insuranceRate,
            long roundingStep,
            RoundingMode roundingMode) {

        static SettingsResponse of(PricingSettings s) {
            return new SettingsResponse(
                    s.exchangeRate,
                    s.defaultMarginRate,
                    s.serviceFeeRate,
                    s.insuranceRate,
                    s.roundingStep,
                    s.roundingMode);
        }
    }

    public record MarginResponse(String categoryId, BigDecimal marginRate) {}

    public record TierPriceResponse(int minQuantity, Money unitPrice) {}

    public record SkuPriceResponse(String sku, Money price, List<TierPriceResponse> tiers) {}

    /** What {@code quantity} units of a sku cost in one purchase, tiers applied. */
    public record QuoteResponse(String productId, String sku, int quantity, Money unitPrice, Money total) {}

    public record ProductPricesResponse(
            String productId, String categoryId, Money baseCost, List<SkuPriceResponse> prices, Instant calculatedAt) {

        static ProductPricesResponse of(PricedProduct product) {
            return new ProductPricesResponse(
                    product.id,
                    product.categoryId,
                    product.baseCost,
                    product.prices.stream()
                            .filter(p -> p.price != null)
                            .map(p -> new SkuPriceResponse(
                                    p.sku,
                                    p.price,
                                    p.tierPrices.stream()
                                            .map(t -> new TierPriceResponse(t.minQuantity, t.unitPrice))
                                            .toList()))
                            .toList(),
                    product.calculatedAt);
        }
    }

    public record StatsResponse(long pricedProducts, long categoriesWithMargin, SettingsResponse settings) {}

    private final PricingService pricing;
    private final RequestContext request;

    PricingResource(PricingService pricing, RequestContext request) {
        this.pricing = pricing;
        this.request = request;
    }

    @GET
    @Path("settings")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Get the pricing settings in force")
    public SettingsResponse settings() {
        return SettingsResponse.of(pricing.settings());
    }

    @PUT
    @Path("settings")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Replace the pricing settings (emits pricing.settings.changed; every product is repriced,"
                    + " emitting pricing.price.calculated for each changed price)")
    public SettingsResponse updateSettings(@NotNull @Valid PricingRequests.Settings body) {
        return SettingsResponse.of(pricing.updateSettings(body.toSettings(), request.cause()));
    }

    @GET
    @Path("margins")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the categories' own margins")
    public List<MarginResponse> margins() {
        return pricing.margins().stream()
                .sorted(Comparator.comparing((CategoryMargin m) -> m.id))
                .map(m -> new MarginResponse(m.id, m.marginRate))
                .toList();
    }

    @PUT
    @Path("margins/{categoryId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a category's margin (emits pricing.margin.updated; the category's products are repriced)")
    public MarginResponse setMargin(
            @PathParam("categoryId") @Pattern(regexp = Identifiers.ID) String categoryId,
            @NotNull @Valid PricingRequests.Margin body) {
        CategoryMargin margin = pricing.setMargin(categoryId, body.marginRate(), request.cause());
        return new MarginResponse(margin.id, margin.marginRate);
    }

    @GET
    @Path("products/{productId}")
    @PermitAll
    @Operation(summary = "Get a product's computed selling prices, one per sku, with their quantity tiers")
    public ProductPricesResponse product(@PathParam("productId") @Pattern(regexp = Identifiers.ID) String productId) {
        return ProductPricesResponse.of(find(productId));
    }

    @PUT
    @Path("products/{productId}/tiers")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Replace a product's quantity tiers (emits pricing.tier.activated for each sku's new or"
                    + " changed tier price)")
    public ProductPricesResponse setTiers(
            @PathParam("productId") @Pattern(regexp = Identifiers.ID) String productId,
            @NotNull @Valid PricingRequests.Tiers body) {
        return ProductPricesResponse.of(pricing.setTiers(productId, body.toTiers(), request.cause()));
    }

    @GET
    @Path("quote")
    @PermitAll
    @Operation(summary = "Price a quantity of one sku, quantity tiers applied (group buys, B2B)")
    public QuoteResponse quote(
            @QueryParam("productId") @NotNull @Pattern(regexp = Identifiers.ID) String productId,
            @QueryParam("sku") @NotNull @Size(max = 64) String sku,
            @QueryParam("quantity") @NotNull @Min(1) @Max(100_000) Integer quantity) {
        PricedProduct.SkuPrice price = find(productId)
                .price(sku)
                .filter(p -> p.price != null)
                .orElseThrow(() -> new NotFoundException("no price for sku " + sku + " of product " + productId));
        Money unit = price.unitPrice(quantity);
        return new QuoteResponse(productId, sku, quantity, unit, unit.times(quantity));
    }

    private PricedProduct find(String productId) {
        return pricing.product(productId)
                .orElseThrow(() -> new NotFoundException("no prices for product " + productId));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Pricing statistics: products priced, categories with their own margin, settings")
    public StatsResponse stats() {
        return new StatsResponse(
                pricing.pricedProducts(), pricing.categoriesWithMargin(), SettingsResponse.of(pricing.settings()));
    }
}
