package io.comptoir.inventory.rest;

import io.comptoir.inventory.domain.InventoryService;
import io.comptoir.inventory.domain.Reservation;
import io.comptoir.inventory.domain.ReservationStatus;
import io.comptoir.inventory.domain.StockItem;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stock per sku (admins), availability (anyone), and what the inventory holds for each order (admins). */
@Path("/api/inventory")
@Tag(
        name = "inventory",
        description = "Stock per sku, reservations for orders, low-stock alerts and reorder suggestions")
public class InventoryResource {

    public record StockResponse(
            String sku,
            String productId,
            long onHand,
            long reserved,
            long available,
            long lowThreshold,
            boolean low,
            BigDecimal dailyVelocity,
            long suggestedReorder,
            Instant updatedAt) {}

    public record AvailabilityResponse(String sku, long available, boolean inStock) {}

    public record ReservationLineResponse(String sku, String productId, int quantity) {}

    public record ReservationResponse(
            String orderId,
            ReservationStatus status,
            String reason,
            List<ReservationLineResponse> lines,
            Instant updatedAt) {

        static ReservationResponse of(Reservation r) {
            return new ReservationResponse(
                    r.id,
                    r.status,
                    r.reason,
                    r.lines.stream()
                            .map(l -> new ReservationLineResponse(l.sku, l.productId, l.quantity))
                            .toList(),
                    r.updatedAt);
        }
    }

    private final InventoryService inventory;
    private final RequestContext request;

    InventoryResource(InventoryService inventory, RequestContext request) {
        this.inventory = inventory;
        this.request = request;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List stocked skus, by product and level (LOW includes DEPLETED)")
    public PageResponse<StockResponse> list(
            @QueryParam("productId") @Pattern(regexp = Identifiers.ID) String productId,
            @QueryParam("level") InventoryService.Level level,
            @Valid @BeanParam PageRequest paging) {
        return inventory.list(productId, level, paging).map(this::response);
    }

    @GET
    @Path("{sku}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Get a sku's stock, sales velocity and reorder suggestion")
    public StockResponse get(@PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku) {
        return response(find(sku));
    }

    @GET
    @Path("{sku}/availability")
    @PermitAll
    @Operation(summary = "How many units of a sku can be ordered now (0 when it is not stocked)")
    public AvailabilityResponse availability(@PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku) {
        long available = inventory.item(sku).map(i -> i.available).orElse(0L);
        return new AvailabilityResponse(sku, available, available > 0);
    }

    @PUT
    @Path("{sku}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Set a sku's units on hand from a stock count, stocking it the first time (emits"
                    + " inventory.stock.updated, and stock.low, stock.depleted, reorder.suggested when crossed);"
                    + " 409 below the units held for orders")
    public StockResponse count(
            @PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku,
            @NotNull @Valid InventoryRequests.Count body) {
        return response(inventory.count(sku, body.productId(), body.onHand(), body.lowThreshold(), request.cause()));
    }

    @POST
    @Path("{sku}/adjustments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Add received units or remove lost ones, safe against concurrent orders (emits"
                    + " inventory.stock.updated); 409 below the units held for orders")
    public StockResponse adjust(
            @PathParam("sku") @Pattern(regexp = Identifiers.SKU) String sku,
            @NotNull @Valid InventoryRequests.Adjustment body) {
        if (body.delta() == 0) {
            throw new UnprocessableException(
                    "an adjustment must change the stock", List.of(new Problem.FieldError("delta", "must not be 0")));
        }
        return response(inventory.adjust(sku, body.delta(), request.cause()));
    }

    @GET
    @Path("reservations/{orderId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What the inventory holds for an order, and why it refused when it did")
    public ReservationResponse reservation(@PathParam("orderId") @Pattern(regexp = Identifiers.ID) String orderId) {
        return inventory
                .reservation(orderId)
                .map(ReservationResponse::of)
                .orElseThrow(() -> new NotFoundException("no reservation for order " + orderId));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Inventory statistics: skus, units on hand and held, low and depleted skus, reservations")
    public InventoryService.InventoryStats stats() {
        return inventory.stats();
    }

    private StockItem find(String sku) {
        return inventory.item(sku).orElseThrow(() -> new NotFoundException("sku " + sku + " is not stocked"));
    }

    private StockResponse response(StockItem item) {
        InventoryService.Reorder reorder = inventory.reorder(item);
        return new StockResponse(
                item.id,
                item.productId,
                item.onHand,
                item.reserved,
                item.available,
                item.lowThreshold,
                item.lowAnnounced,
                reorder.dailyVelocity(),
                reorder.suggestedQuantity(),
                item.updatedAt);
    }
}
