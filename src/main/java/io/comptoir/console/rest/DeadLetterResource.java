package io.comptoir.console.rest;

import io.comptoir.console.domain.DeadLetters;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin console's dead letters: what the engines could not process, replayed or discarded by an admin. */
@Path("/api/admin/dead-letters")
@Tag(name = "admin console")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    /** {@code POST .../discard}: why the dead letter is set aside. */
    public record Discard(@NotBlank @Size(max = 500) String reason) {}

    /** {@code POST /replay}: the engine whose pending dead letters to replay; none: every engine's. */
    public record ReplayAll(String engine) {}

    /** How many dead letters a bulk replay put back on their topics. */
    public record Replayed(int replayed) {}

    private final DeadLetters deadLetters;
    private final CurrentUser user;

    DeadLetterResource(DeadLetters deadLetters, CurrentUser user) {
        this.deadLetters = deadLetters;
        this.user = user;
    }

    @GET
    @Operation(
            summary = "Dead letters of every engine (or `engine`), of any status (or `status`: PENDING, REPLAYED,"
                    + " DISCARDED), newest first, with the original topic and position, the failure reason and the"
                    + " decision; `byEngine` counts them per engine for that status")
    public DeadLetters.DeadLetterList list(@QueryParam("engine") String engine, @QueryParam("status") String status) {
        return deadLetters.list(engine, status);
    }

    @POST
    @Path("{id}/replay")
    @Operation(
            summary = "Publish the original record (key, payload, CloudEvents headers) again on its topic: the engine"
                    + " that failed tries it again, the others skip it as handled; REPLAYED and audited; 409 once"
                    + " decided")
    public DeadLetters.DeadLetter replay(@PathParam("id") String id) {
        return deadLetters.replay(id, user.id());
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replay every pending dead letter of an engine (`engine`), or of all; answers how many")
    public Replayed replayAll(ReplayAll body) {
        return new Replayed(deadLetters.replayAll(body == null ? null : body.engine(), user.id()));
    }

    @POST
    @Path("{id}/discard")
    @Operation(summary = "Set a dead letter aside for good, with a `reason`; DISCARDED and audited; 409 once decided")
    public DeadLetters.DeadLetter discard(@PathParam("id") String id, @NotNull @Valid Discard body) {
        return deadLetters.discard(id, body.reason(), user.id());
    }
}
