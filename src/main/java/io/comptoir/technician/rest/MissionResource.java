package io.comptoir.technician.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.technician.domain.Mission;
import io.comptoir.technician.domain.MissionService;
import io.comptoir.technician.domain.MissionStatus;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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

/**
 * The technician marketplace: customers post missions and assign a bid, technicians (role {@code
 * technician}, their id the token's subject) browse missions, bid and complete the ones assigned to
 * them; admins see everything.
 */
@Path("/api/missions")
@Tag(name = "technician", description = "Technician marketplace: missions, bids, assignment, completion")
public class MissionResource {

    public record BidResponse(String bidId, String technicianId, Money amount, String message, Instant placedAt) {

        static BidResponse of(Mission.Bid b) {
            return new BidResponse(b.bidId, b.technicianId, b.amount, b.message, b.placedAt);
        }
    }

    public record MissionResponse(
            String id,
            String customerId,
            String title,
            String description,
            Money budget,
            String location,
            MissionStatus status,
            List<BidResponse> bids,
            String assignedBidId,
            String technicianId,
            Money price,
            Instant createdAt,
            Instant assignedAt,
            Instant completedAt) {}

    private final MissionService missions;
    private final CurrentUser user;
    private final SecurityIdentity identity;
    private final RequestContext request;

    MissionResource(MissionService missions, CurrentUser user, SecurityIdentity identity, RequestContext request) {
        this.missions = missions;
        this.user = user;
        this.identity = identity;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Post a mission for oneself (emits technician.mission.created) → 201")
    public Response create(@NotNull @Valid MissionRequests.NewMission body, UriInfo uri) {
        Mission mission = missions.create(body.toMission(user.id()), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(mission.id).build())
                .entity(view(mission))
                .build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.TECHNICIAN, Roles.ADMIN})
    @Operation(
            summary = "List missions, newest first: a customer's own; for technicians and admins everyone's, by"
                    + " customer and status")
    public PageResponse<MissionResponse> list(
            @QueryParam("customerId") @Size(max = 100) String customerId,
            @QueryParam("status") MissionStatus status,
            @Valid @BeanParam PageRequest paging) {
        String whose = isTechnician() || user.isAdmin() ? customerId : user.id();
        return missions.list(whose, status, paging).map(this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.TECHNICIAN, Roles.ADMIN})
    @Operation(summary = "One mission: its customer and admins see every bid, a technician their own")
    public MissionResponse get(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return view(visible(id));
    }

    @POST
    @Path("{id}/bids")
    @RolesAllowed(Roles.TECHNICIAN)
    @Operation(
            summary = "Bid on an open mission, once per technician (emits technician.bid.placed) → 201; 409 when"
                    + " it is not open or you bid already")
    public Response bid(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id,
            @NotNull @Valid MissionRequests.NewBid body,
            UriInfo uri) {
        Mission.Bid bid = missions.bid(id, user.id(), body.amount(), body.message(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(bid.bidId).build())
                .entity(BidResponse.of(bid))
                .build();
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Choose a bid on one's own open mission (emits technician.mission.assigned; billing makes the"
                    + " quote); 409 once assigned")
    public MissionResponse assign(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id, @NotNull @Valid MissionRequests.Assign body) {
        return view(missions.assign(id, user.id(), body.bidId(), request.cause()));
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed(Roles.TECHNICIAN)
    @Operation(
            summary = "Complete a mission assigned to oneself (emits technician.mission.completed; billing invoices"
                    + " it, the customer is asked for a review); 403 when assigned to another, 409 when not assigned")
    public MissionResponse complete(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return view(missions.complete(id, user.id(), request.cause()));
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Marketplace statistics: missions by status, bids, value of completed missions per currency")
    public MissionService.MissionStats stats() {
        return missions.stats();
    }

    private boolean isTechnician() {
        return identity.hasRole(Roles.TECHNICIAN);
    }

    /** The mission, if the caller may see it: its customer, any technician, an admin; else 404. */
    private Mission visible(String id) {
        return missions.find(id)
                .filter(m -> isTechnician() || user.isAdmin() || m.customerId.equals(user.id()))
                .orElseThrow(() -> new NotFoundException("no mission " + id));
    }

    /** A technician sees only their own bid; the customer and admins see them all. */
    private MissionResponse view(Mission m) {
        boolean allBids = user.isAdmin() || m.customerId.equals(user.id());
        return new MissionResponse(
                m.id,
                m.customerId,
                m.title,
                m.description,
                m.budget,
                m.location,
                m.status,
                m.bids.stream()
                        .filter(b -> allBids || b.technicianId.equals(user.id()))
                        .map(BidResponse::of)
                        .toList(),
                m.assignedBidId,
                m.assignedBid().map(b -> b.technicianId).orElse(null),
                m.price,
                m.createdAt,
                m.assignedAt,
                m.completedAt);
    }
}
