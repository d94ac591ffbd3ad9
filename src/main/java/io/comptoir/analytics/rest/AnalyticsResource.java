package io.comptoir.analytics.rest;

import io.comptoir.analytics.config.AnalyticsConfig;
import io.comptoir.analytics.domain.AnalyticsService;
import io.comptoir.analytics.domain.Kpis;
import io.comptoir.analytics.domain.Session;
import io.comptoir.kernel.problem.InvalidRequestException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Event tracking (any storefront) and the KPIs and statistics (admins). */
@Path("/api/analytics")
@Tag(name = "analytics", description = "Tracked events, sessions, conversions and KPIs")
public class AnalyticsResource {

    /** {@code POST /api/analytics/events}: a client event in a session; a customer id only the caller's own. */
    public record TrackRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String sessionId,
            @Size(max = 100) String customerId,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 20) Map<@NotBlank @Size(max = 50) String, @NotNull @Size(max = 500) String> properties) {}

    /** The session after the event: its number of events, and whether this event started it. */
    public record TrackResponse(String sessionId, String customerId, long events, boolean started) {}

    private final AnalyticsService analytics;
    private final AnalyticsConfig config;
    private final CurrentUser user;
    private final RequestContext request;

    AnalyticsResource(AnalyticsService analytics, AnalyticsConfig config, CurrentUser user, RequestContext request) {
        this.analytics = analytics;
        this.config = config;
        this.user = user;
        this.request = request;
    }

    @POST
    @Path("events")
    @PermitAll
    @Operation(
            summary = "Track an event of a session (the first starts it; an ended session is a 409) → 202;"
                    + " customerId: the caller's own (taken from a customer's token when omitted)")
    public Response track(@Valid @NotNull TrackRequest body) {
        String customerId = body.customerId() == null ? customerOfCaller() : body.customerId();
        if (customerId != null) {
            user.requireSelfOrAdmin(customerId);
        }
        Session session = analytics.track(
                body.sessionId(),
                customerId,
                body.name(),
                body.properties() == null ? Map.of() : body.properties(),
                request.cause());
        return Response.accepted(new TrackResponse(session.id, session.customerId, session.events, session.events == 1))
                .build();
    }

    @GET
    @Path("kpis")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "KPIs of [from, to) (ISO instants, at most 366 days; default the last 30 days): revenue and"
                    + " orders confirmed, average basket, sessions, conversion rate, top products")
    public Kpis kpis(
            @QueryParam("from") @Size(max = 40) String from,
            @QueryParam("to") @Size(max = 40) String to,
            @QueryParam("top") @Min(1) @Max(100) Integer top) {
        Instant end = to == null ? Instant.now() : instant(to, "to");
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : instant(from, "from");
        if (!start.isBefore(end) || start.plus(Duration.ofDays(366)).isBefore(end)) {
            throw new InvalidRequestException("from must be before to, at most 366 days apart");
        }
        return analytics.kpis(start, end, top == null ? config.top() : top);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Analytics statistics: sessions (open, converted), conversions, orders known, product views")
    public AnalyticsService.AnalyticsStats stats() {
        return analytics.stats();
    }

    private String customerOfCaller() {
        return user.id() != null && !user.isAdmin() ? user.id() : null;
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field + " is not an ISO instant such as 2026-01-31T00:00:00Z: " + value);
        }
    }
}
