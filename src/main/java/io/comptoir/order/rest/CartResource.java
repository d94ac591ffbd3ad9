package io.comptoir.order.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.order.domain.CartService;
import io.comptoir.order.domain.Promotions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling customer's cart: every change emits {@code order.cart.updated}; checkout places it as an order. */
@Path("/api/cart")
@Tag(name = "cart", description = "The customer's cart, priced with today's prices and offers, and checkout")
@RolesAllowed(Roles.CUSTOMER)
public class CartResource {

    /** A cart line priced now; {@code problem} says why it cannot be ordered when it cannot. */
    public record CartLineResponse(
            String productId,
            String sku,
            String name,
            int quantity,
            Money listPrice,
            Money unitPrice,
            Money lineTotal,
            String saleId,
            boolean orderable,
            String problem) {}

    public record CartResponse(
            String customerId,
            List<CartLineResponse> items,
            String promoCode,
            String promoCodeProblem,
            Money subtotal,
            List<OrderResponse.DiscountResponse> discounts,
            Money total,
            Instant updatedAt) {

        static CartResponse of(CartService.PricedCart priced) {
            List<Optional<Promotions.PricedLine>> lines = priced.pricedLines();
            List<CartLineResponse> items = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                var line = priced.cart().lines.get(i);
                var problem = priced.pricing().itemErrors().get(i);
                items.add(lines.get(i)
                        .map(p -> new CartLineResponse(
                                line.productId,
                                line.sku,
                                p.item().name(),
                                line.quantity,
                                p.item().listPrice(),
                                p.unitPrice(),
                                p.lineTotal(),
                                p.saleId(),
                                true,
                                null))
                        .orElseGet(() -> new CartLineResponse(
                                line.productId,
                                line.sku,
                                null,
                                line.quantity,
                                null,
                                null,
                                null,
                                null,
                                false,
                                problem.message())));
            }
            var result = priced.pricing().result();
            return new CartResponse(
                    priced.cart().id,
                    items,
                    priced.cart().promoCode,
                    priced.pricing().codeError().orElse(null),
                    result.map(Promotions.Result::subtotal).orElse(null),
                    result.map(r -> r.discounts().stream()
                                    .map(d -> new OrderResponse.DiscountResponse(d.kind(), d.reference(), d.amount()))
                                    .toList())
                            .orElse(List.of()),
                    result.map(Promotions.Result::total).orElse(null),
                    priced.cart().updatedAt);
        }
    }

    private final CartService carts;
    private final CurrentUser user;
    private final RequestContext request;

    CartResource(CartService carts, CurrentUser user, RequestContext request) {
        this.carts = carts;
        this.user = user;
        this.request = request;
    }

    @GET
    @Operation(
            summary =
                    "The cart, priced now: sales, bundles and the promo code applied; lines that cannot be ordered say why")
    public CartResponse view() {
        return CartResponse.of(carts.view(user.id()));
    }

    @POST
    @Path("add")
    @Operation(summary = "Add units of a sku (emits order.cart.updated); 422 when it cannot be ordered")
    public CartResponse add(@NotNull @Valid CartRequests.Add body) {
        return CartResponse.of(carts.add(user.id(), body.productId(), body.sku(), body.quantity(), request.cause()));
    }

    @PUT
    @Path("items/{sku}")
    @Operation(summary = "Change a sku's quantity (emits order.cart.updated); 404 when it is not in the cart")
    public CartResponse setQuantity(
            @PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku,
            @NotNull @Valid CartRequests.Quantity body) {
        return CartResponse.of(carts.setQuantity(user.id(), sku, body.quantity(), request.cause()));
    }

    @DELETE
    @Path("items/{sku}")
    @Operation(summary = "Remove a sku (emits order.cart.updated); 404 when it is not in the cart")
    public CartResponse remove(@PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku) {
        return CartResponse.of(carts.remove(user.id(), sku, request.cause()));
    }

    @PUT
    @Path("promo-code")
    @Operation(summary = "Enter a promo code (emits order.cart.updated); 422 saying why when it does not apply")
    public CartResponse setPromoCode(@NotNull @Valid CartRequests.PromoCode body) {
        return CartResponse.of(carts.setPromoCode(user.id(), body.code(), request.cause()));
    }

    @DELETE
    @Path("promo-code")
    @Operation(summary = "Remove the promo code (emits order.cart.updated)")
    public CartResponse removePromoCode() {
        return CartResponse.of(carts.removePromoCode(user.id(), request.cause()));
    }

    @DELETE
    @Operation(summary = "Empty the cart (emits order.cart.updated)")
    public CartResponse empty() {
        return CartResponse.of(carts.empty(user.id(), request.cause()));
    }

    @POST
    @Path("checkout")
    @Operation(
            summary = "Place the cart as an order with its prices, offers, promo code and the loyalty points to"
                    + " redeem, and empty it (emits order.order.placed and order.cart.updated) → 201; 422 naming"
                    + " what cannot be ordered")
    public Response checkout(@NotNull @Valid CartRequests.Checkout body, UriInfo uri) {
        var order = carts.checkout(user.id(), body.paymentMethod(), body.points(), request.cause());
        return Response.created(uri.getBaseUriBuilder().path("api/orders/{id}").build(order.id))
                .entity(OrderResponse.of(order))
                .build();
    }
}
