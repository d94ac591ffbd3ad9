package io.comptoir.devinfra;

import io.comptoir.kernel.security.Roles;
import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev mode only (absent from the production build): mints a bearer token for trying the API,
 * e.g. {@code curl 'localhost:8080/dev/token?sub=alice&groups=customer'}.
 */
@Path("/dev/token")
@IfBuildProfile("dev")
public class DevTokenResource {

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Dev mode only: a token for user `sub` with roles `groups` (comma-separated), valid 8 hours")
    public String token(
            @QueryParam("sub") @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}") String subject,
            @QueryParam("groups")
                    @DefaultValue(Roles.CUSTOMER)
                    @Pattern(regexp = "(customer|admin|technician)(,(customer|admin|technician))*")
                    String groups) {
        return Jwt.subject(subject)
                .upn(subject)
                .groups(Set.of(groups.split(",")))
                .expiresIn(Duration.ofHours(8))
                .sign();
    }
}
