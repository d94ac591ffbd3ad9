package io.comptoir.devinfra;

import io.comptoir.kernel.security.Roles;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only (absent from the production build): mints a bearer token for trying the API,
 * e.g. {@code curl 'localhost:8080/dev/token?sub=alice&groups=customer'}.
 */
@Path("/dev/token")
@IfBuildProfile("dev")
public class DevTokenResource {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern GROUPS = Pattern.compile("(customer|admin|technician)(,(customer|admin|technician))*");

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Dev mode only: a token for user `sub` with roles `groups` (comma-separated), valid 8 hours")
    public String token(
            @QueryParam("sub") String subject, @QueryParam("groups") @DefaultValue(Roles.CUSTOMER) String groups) {
        // Checked by hand: constraint annotations would make Hibernate Validator reference this
        // class from the production build, which leaves it out.
        if (subject == null
                || !SUBJECT.matcher(subject).matches()
                || !GROUPS.matcher(groups).matches()) {
            throw new BadRequestException("sub: 1-100 of [A-Za-z0-9._@-]; groups: among customer, admin, technician");
        }
        return Jwt.subject(subject)
                .upn(subject)
                .groups(Set.of(groups.split(",")))
                .expiresIn(Duration.ofHours(8))
                .sign();
    }
}
