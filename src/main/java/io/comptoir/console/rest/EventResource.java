package io.comptoir.console.rest;

import io.comptoir.console.domain.EventBrowser;
import io.comptoir.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin console's event browser: a topic's latest events, and one aggregate or request followed across topics. */
@Path("/api/admin/events")
@Tag(name = "admin console")
@RolesAllowed(Roles.ADMIN)
public class EventResource {

    private final EventBrowser events;

    EventResource(EventBrowser events) {
        this.events = events;
    }

    @GET
    @Operation(
            summary = "The latest events of a registered topic, newest first, with their Kafka position, key,"
                    + " CloudEvents attributes and JSON payload; 400 for an unknown topic")
    public EventBrowser.RecentEvents recent(
            @QueryParam("topic") String topic, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return events.recent(topic, limit);
    }

    @GET
    @Path("trace")
    @Operation(
            summary = "Every event of every topic with this Kafka key or this correlation id (exactly one of them)"
                    + " among the latest records of each partition, oldest first; truncated when older ones were"
                    + " not read")
    public EventBrowser.Trace trace(@QueryParam("key") String key, @QueryParam("correlationId") String correlationId) {
        return events.trace(key, correlationId);
    }
}
