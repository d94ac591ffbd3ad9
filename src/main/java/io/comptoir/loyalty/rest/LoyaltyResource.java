package io.comptoir.loyalty.rest;

import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.loyalty.domain.LoyaltyService;
import io.comptoir.loyalty.domain.Tier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's loyalty balance, for the customer themself or an admin. */
@Path("/api/loyalty")
@Tag(name = "loyalty", description = "Loyalty points and tiers")
public class LoyaltyResource {

    /**
     * Spendable points, points pending delivery, points reserved by placed orders, the points that
     * decide the tier, the tier, and the rewards unlocked.
     */
    public record LoyaltyResponse(
            String customerId,
            long points,
            long pendingPoints,
            long reservedPoints,
            long qualifyingPoints,
            Tier tier,
            List<String> rewards) {}

    private final LoyaltyService loyalty;
    private final CurrentUser user;

    LoyaltyResource(LoyaltyService loyalty, CurrentUser user) {
        this.loyalty = loyalty;
        this.user = user;
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Loyalty statistics: members; points issued, held, pending, reserved, redeemed and expired;"
                    + " members per tier and per reward")
    public LoyaltyService.LoyaltyStats stats() {
        return loyalty.stats();
    }

    @GET
    @Path("{customerId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary = "Get a customer's points (spendable, pending, reserved, qualifying), tier and rewards (a"
                    + " customer without orders has none)")
    public LoyaltyResponse get(@PathParam("customerId") String customerId) {
        user.requireSelfOrAdmin(customerId);
        return loyalty.account(customerId)
                .map(a -> new LoyaltyResponse(
                        customerId,
                        a.points,
                        a.pendingPoints,
                        a.reservedPoints,
                        a.qualifyingPoints(),
                        a.tier,
                        List.copyOf(a.rewards)))
                .orElseGet(() -> new LoyaltyResponse(customerId, 0, 0, 0, 0, Tier.BRONZE, List.of()));
    }
}
