package io.comptoir.bench.minimal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** One endpoint writing the entity (admin token), one counting them (open). */
@Path("/notes")
public class NoteResource {

    @POST
    @RolesAllowed("admin")
    public Response create(@Valid Note note) {
        note.persist();
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @GET
    @Path("/count")
    @PermitAll
    public long count() {
        return Note.count();
    }
}
