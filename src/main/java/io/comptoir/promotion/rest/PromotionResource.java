package io.comptoir.promotion.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.promotion.domain.Offer;
import io.comptoir.promotion.domain.OfferKind;
import io.comptoir.promotion.domain.OfferStatus;
import io.comptoir.promotion.domain.PromoCode;
import io.comptoir.promotion.domain.PromoKind;
import io.comptoir.promotion.domain.PromotionService;
import io.comptoir.promotion.domain.RedemptionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Promo codes (admins), category sales and bundles (admins create, anyone sees), statistics. */
@Path("/api/promotions")
@Tag(name = "promotion", description = "Promo codes, timed category sales and bundles, applied at checkout")
public class PromotionResource {

    public record RedemptionResponse(
            String orderId, String customerId, Money discount, RedemptionStatus status, String reason, Instant at) {}

    public record CodeResponse(
            String code,
            PromoKind kind,
            BigDecimal percent,
            Money amount,
            Money minimumOrder,
            Instant validFrom,
            Instant validUntil,
            Integer globalLimit,
            Integer perCustomerLimit,
            int uses,
            List<RedemptionResponse> redemptions) {

        static CodeResponse of(PromoCode c) {
            return new CodeResponse(
                    c.id,
                    c.kind,
                    c.percent,
                    c.amount,
                    c.minimumOrder,
                    c.validFrom,
                    c.validUntil,
                    c.globalLimit,
                    c.perCustomerLimit,
                    c.uses,
                    c.redemptions.stream()
                            .map(r -> new RedemptionResponse(
                                    r.orderId, r.customerId, r.discount, r.status, r.reason, r.at))
                            .toList());
        }
    }

    public record OfferResponse(
            String id,
            OfferKind kind,
            String name,
            String categoryId,
            List<String> productIds,
            BigDecimal percent,
            Instant startsAt,
            Instant endsAt,
            OfferStatus status) {

        static OfferResponse of(Offer o) {
            return new OfferResponse(
                    o.id, o.kind, o.name, o.categoryId, o.productIds, o.percent, o.startsAt, o.endsAt, o.status);
        }
    }

    private final PromotionService promotions;
    private final RequestContext request;

    PromotionResource(PromotionService promotions, RequestContext request) {
        this.promotions = promotions;
        this.request = request;
    }

    @POST
    @Path("codes")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Create a promo code, percent or fixed, with minimum order, validity window and usage limits"
                    + " (emits promotion.code.created) → 201; 409 when the code exists")
    public Response createCode(@NotNull @Valid PromotionRequests.Code body, UriInfo uri) {
        PromoCode code = promotions.createCode(body.toCode(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(code.id).build())
                .entity(CodeResponse.of(code))
                .build();
    }

    @GET
    @Path("codes")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List promo codes, newest first")
    public PageResponse<CodeResponse> codes(@Valid @BeanParam PageRequest paging) {
        return promotions.codes(paging).map(CodeResponse::of);
    }

    @GET
    @Path("codes/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A promo code with its uses and every redemption, refusal and release")
    public CodeResponse code(@PathParam("code") @Pattern(regexp = PromotionRequests.CODE) String code) {
        String id = code.toUpperCase(Locale.ROOT);
        return promotions
                .code(id)
                .map(CodeResponse::of)
                .orElseThrow(() -> new NotFoundException("no promo code " + id));
    }

    @POST
    @Path("sales")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Schedule a sale on a category (emits promotion.sale.started at its start and"
                    + " promotion.sale.ended at its end) → 201")
    public Response createSale(@NotNull @Valid PromotionRequests.Sale body, UriInfo uri) {
        return created(promotions.createOffer(body.toOffer(), request.cause()), uri);
    }

    @POST
    @Path("bundles")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Schedule a bundle: percent off every complete set of its products in an order (emits"
                    + " promotion.sale.started and promotion.sale.ended with kind BUNDLE) → 201")
    public Response createBundle(@NotNull @Valid PromotionRequests.Bundle body, UriInfo uri) {
        return created(promotions.createOffer(body.toOffer(), request.cause()), uri);
    }

    @GET
    @Path("offers")
    @PermitAll
    @Operation(summary = "Sales and bundles, by status, latest start first")
    public PageResponse<OfferResponse> offers(
            @QueryParam("status") OfferStatus status, @Valid @BeanParam PageRequest paging) {
        return promotions.offers(status, paging).map(OfferResponse::of);
    }

    @GET
    @Path("offers/{id}")
    @PermitAll
    @Operation(summary = "One sale or bundle")
    public OfferResponse offer(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return promotions.offer(id).map(OfferResponse::of).orElseThrow(() -> new NotFoundException("no offer " + id));
    }

    @DELETE
    @Path("offers/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End a sale or bundle now (emits promotion.sale.ended)")
    public OfferResponse endOffer(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return OfferResponse.of(promotions.endOffer(id, request.cause()));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Promotion statistics: codes, redemptions in force, offers by status")
    public PromotionService.PromotionStats stats() {
        return promotions.stats();
    }

    private static Response created(Offer offer, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/promotions/offers/{id}")
                        .build(offer.id))
                .entity(OfferResponse.of(offer))
                .build();
    }
}
