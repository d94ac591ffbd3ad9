package io.comptoir.console.rest;

import io.comptoir.console.domain.AuditEntry;
import io.comptoir.console.domain.AuditTrail;
import io.comptoir.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of what admins did through the console. */
@Path("/api/admin/audit")
@Tag(name = "admin console")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    /** One audited action. */
    public record AuditItem(Instant at, String actor, AuditEntry.Action action, String target, String detail) {}

    public record AuditList(List<AuditItem> items) {}

    private final AuditTrail audit;

    AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The latest actions taken through the console (replays, discards), newest first")
    public AuditList latest(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return new AuditList(audit.latest(limit).stream()
                .map(e -> new AuditItem(e.at, e.actor, e.action, e.target, e.detail))
                .toList());
    }
}
