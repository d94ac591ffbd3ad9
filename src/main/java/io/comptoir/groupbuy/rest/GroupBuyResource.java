package io.comptoir.groupbuy.rest;

import io.comptoir.groupbuy.domain.GroupBuy;
import io.comptoir.groupbuy.domain.GroupBuyService;
import io.comptoir.groupbuy.domain.GroupStatus;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Group buys: admins open them, anyone sees them, customers join them; admins see the members and statistics. */
@Path("/api/group-buys")
@Tag(name = "groupbuy", description = "Group buys: quantity price tiers reached together before a deadline")
public class GroupBuyResource {

    public record TierResponse(int minQuantity, Money unitPrice) {

        static TierResponse of(GroupBuy.Tier t) {
            return new TierResponse(t.minQuantity, t.unitPrice);
        }
    }

    /** A group without its members' identities: what anyone may see. */
    public record GroupResponse(
            String id,
            String productId,
            String sku,
            List<TierResponse> tiers,
            Instant deadline,
            GroupStatus status,
            long totalQuantity,
            int participants,
            TierResponse reachedTier,
            TierResponse nextTier,
            Instant createdAt,
            Instant endedAt) {

        static GroupResponse of(GroupBuy g) {
            return new GroupResponse(
                    g.id,
                    g.productId,
                    g.sku,
                    g.tiers.stream().map(TierResponse::of).toList(),
                    g.deadline,
                    g.status,
                    g.totalQuantity,
                    g.participants.size(),
                    g.reachedTier().map(TierResponse::of).orElse(null),
                    g.nextTier().map(TierResponse::of).orElse(null),
                    g.createdAt,
                    g.endedAt);
        }
    }

    /** A membership, with the order placed for it once the group closes. */
    public record ParticipantResponse(
            String customerId, int quantity, String paymentMethod, Instant joinedAt, String orderId) {

        static ParticipantResponse of(GroupBuy g, GroupBuy.Participant p) {
            return new ParticipantResponse(
                    p.customerId,
                    p.quantity,
                    p.paymentMethod,
                    p.joinedAt,
                    g.status == GroupStatus.CLOSED ? g.orderId(p.customerId) : null);
        }
    }

    /** The caller's membership and the group it is in. */
    public record MembershipResponse(GroupResponse group, ParticipantResponse membership) {}

    private final GroupBuyService groups;
    private final CurrentUser user;
    private final RequestContext request;

    GroupBuyResource(GroupBuyService groups, CurrentUser user, RequestContext request) {
        this.groups = groups;
        this.user = user;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Open a group buy on a product's sku: tiers (minimum quantity → unit price, cheaper as they"
                    + " grow) and a deadline (emits groupbuy.group.created) → 201")
    public Response create(@NotNull @Valid GroupBuyRequests.NewGroup body, UriInfo uri) {
        GroupBuy group = groups.create(body.toGroup(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(group.id).build())
                .entity(GroupResponse.of(group))
                .build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List group buys, soonest deadline first, by status and product")
    public PageResponse<GroupResponse> list(
            @QueryParam("status") GroupStatus status,
            @QueryParam("productId") @Pattern(regexp = Identifiers.ID) String productId,
            @Valid @BeanParam PageRequest paging) {
        return groups.list(status, productId, paging).map(GroupResponse::of);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One group buy: its total, the tier reached and the next one")
    public GroupResponse get(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return GroupResponse.of(found(id));
    }

    @POST
    @Path("{id}/participants")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Join with a quantity, or raise one's quantity (emits groupbuy.participant.joined, and"
                    + " groupbuy.threshold.reached for each tier reached first); 409 from the deadline on or when"
                    + " lowering")
    public MembershipResponse join(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id, @NotNull @Valid GroupBuyRequests.Join body) {
        GroupBuy group = groups.join(id, user.id(), body.quantity(), body.paymentMethodOrDefault(), request.cause());
        return new MembershipResponse(
                GroupResponse.of(group),
                ParticipantResponse.of(group, group.participant(user.id()).orElseThrow()));
    }

    @GET
    @Path("{id}/participants")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The members of a group buy, their quantities and, once closed, their orders")
    public List<ParticipantResponse> participants(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        GroupBuy group = found(id);
        return group.participants.stream()
                .map(p -> ParticipantResponse.of(group, p))
                .toList();
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Group buy statistics: groups by status, memberships, units committed")
    public GroupBuyService.GroupBuyStats stats() {
        return groups.stats();
    }

    private GroupBuy found(String id) {
        return groups.find(id).orElseThrow(() -> new NotFoundException("no group buy " + id));
    }
}
