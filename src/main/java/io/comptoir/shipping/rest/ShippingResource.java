package io.comptoir.shipping.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.shipping.domain.Parcel;
import io.comptoir.shipping.domain.Shipment;
import io.comptoir.shipping.domain.ShippingMethod;
import io.comptoir.shipping.domain.ShippingRates;
import io.comptoir.shipping.domain.ShippingService;
import io.comptoir.shipping.domain.TrackingStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipping quotes (anyone), shipments and their tracking (admins and carriers' integrations; customers read their own). */
@Path("/api")
@Tag(name = "shipping", description = "Shipping methods and costs, shipments and tracking")
public class ShippingResource {

    public record TrackingResponse(TrackingStatus status, String location, Instant at) {}

    public record ShipmentResponse(
            String id,
            String orderId,
            String customerId,
            ShippingMethod method,
            String zone,
            Parcel parcel,
            Money cost,
            int transitDays,
            String trackingNumber,
            TrackingStatus status,
            List<TrackingResponse> tracking,
            Instant createdAt,
            Instant deliveredAt) {

        static ShipmentResponse of(Shipment s) {
            return new ShipmentResponse(
                    s.id,
                    s.id,
                    s.customerId,
                    s.method,
                    s.zone,
                    new Parcel(s.weightGrams, s.lengthCm, s.widthCm, s.heightCm),
                    s.cost,
                    s.transitDays,
                    s.trackingNumber,
                    s.status,
                    s.tracking.stream()
                            .map(t -> new TrackingResponse(t.status, t.location, t.at))
                            .toList(),
                    s.createdAt,
                    s.deliveredAt);
        }
    }

    private final ShippingService shipping;
    private final ShippingRates rates;
    private final CurrentUser user;
    private final RequestContext request;

    ShippingResource(ShippingService shipping, ShippingRates rates, CurrentUser user, RequestContext request) {
        this.shipping = shipping;
        this.rates = rates;
        this.user = user;
        this.request = request;
    }

    @GET
    @Path("shipping/quote")
    @PermitAll
    @Operation(
            summary = "What shipping a parcel to a zone costs and takes, by every method that serves it (or one),"
                    + " cheapest first")
    public List<ShippingRates.Quote> quote(
            @QueryParam("zone") @NotNull @Pattern(regexp = ShippingRequests.ZONE) String zone,
            @QueryParam("method") ShippingMethod method,
            @QueryParam("weightGrams") @NotNull @Min(1) @Max(1_000_000) Integer weightGrams,
            @QueryParam("lengthCm") @NotNull @Min(1) @Max(500) Integer lengthCm,
            @QueryParam("widthCm") @NotNull @Min(1) @Max(500) Integer widthCm,
            @QueryParam("heightCm") @NotNull @Min(1) @Max(500) Integer heightCm) {
        Parcel parcel = new Parcel(weightGrams, lengthCm, widthCm, heightCm);
        List<ShippingRates.Quote> options = method == null
                ? rates.options(zone, parcel)
                : rates.quote(method, zone, parcel).stream().toList();
        if (options.isEmpty()) {
            throw new NotFoundException("no shipping method serves " + zone);
        }
        return options;
    }

    @POST
    @Path("shipments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Ship a confirmed order, priced from the tables (emits shipping.shipment.created) → 201;"
                    + " 409 when the order is not confirmed or already has a shipment")
    public Response create(@NotNull @Valid ShippingRequests.NewShipment body, UriInfo uri) {
        Shipment shipment = shipping.create(
                body.orderId(),
                body.method(),
                body.zone(),
                body.parcel().toParcel(),
                body.trackingNumber(),
                request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(shipment.id).build())
                .entity(ShipmentResponse.of(shipment))
                .build();
    }

    @POST
    @Path("shipments/{id}/tracking")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Record a carrier's report (emits shipping.shipment.updated; the first one marks the order"
                    + " SHIPPED; DELIVERED also emits shipping.shipment.delivered and marks it DELIVERED)")
    public ShipmentResponse track(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id,
            @NotNull @Valid ShippingRequests.Report body) {
        return ShipmentResponse.of(shipping.track(id, body.status(), body.location(), body.at(), request.cause()));
    }

    @GET
    @Path("shipments/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "A shipment and its tracking (its id is the order's); its customer or an admin")
    public ShipmentResponse get(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return shipping.shipment(id)
                .filter(s -> user.isAdmin() || s.customerId.equals(user.id()))
                .map(ShipmentResponse::of)
                .orElseThrow(() -> new NotFoundException("no shipment " + id));
    }

    @GET
    @Path("shipments")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List shipments, newest first: a customer's own, or for admins by customer and status")
    public PageResponse<ShipmentResponse> list(
            @QueryParam("customerId") @Size(max = 100) String customerId,
            @QueryParam("status") TrackingStatus status,
            @Valid @BeanParam PageRequest paging) {
        return shipping.list(user.isAdmin() ? customerId : user.id(), status, paging)
                .map(ShipmentResponse::of);
    }

    @GET
    @Path("shipping/stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Shipping statistics: shipments by status and by method")
    public ShippingService.ShippingStats stats() {
        return shipping.stats();
    }
}
