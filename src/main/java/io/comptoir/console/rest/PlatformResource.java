package io.comptoir.console.rest;

import io.comptoir.console.domain.EventRates;
import io.comptoir.console.domain.PlatformStatus;
import io.comptoir.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin console's platform page: engines, Kafka, outbox, consumer lag, and the event rates chart. */
@Path("/api/admin/platform")
@Tag(name = "admin console", description = "Operations API of the admin console: platform, events, dead letters, audit")
@RolesAllowed(Roles.ADMIN)
public class PlatformResource {

    private final PlatformStatus platform;
    private final EventRates rates;

    PlatformResource(PlatformStatus platform, EventRates rates) {
        this.platform = platform;
        this.rates = rates;
    }

    @GET
    @Operation(
            summary = "Engines on or off here, Kafka reachability, outbox backlog, lag of each running engine's"
                    + " consumer group per topic, records produced and consumed per topic (offset sums)")
    public PlatformStatus.Platform platform() {
        return platform.platform();
    }

    @GET
    @Path("rates")
    @Operation(
            summary = "Records in (consumed) and out (produced) per topic and sampling interval, oldest first, over"
                    + " the configured history; topics that did not move are left out of a sample")
    public EventRates.Rates rates() {
        return rates.rates();
    }
}
