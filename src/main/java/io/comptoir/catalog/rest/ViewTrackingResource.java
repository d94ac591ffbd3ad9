package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.CatalogService;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 000's view tracking for storefronts that show products from their own cache: a view is the
 * catalogue's event ({@code catalog.product.viewed}), which the suggestion engine consumes.
 */
@Path("/api/suggestions/track")
@Tag(name = "catalog")
public class ViewTrackingResource {

    /** A product seen in a session. */
    public record View(
            @NotBlank @Pattern(regexp = Identifiers.ID) String productId,
            @NotBlank @Pattern(regexp = ProductResource.SESSION) String sessionId) {}

    private final CatalogService catalog;
    private final RequestContext request;

    ViewTrackingResource(CatalogService catalog, RequestContext request) {
        this.catalog = catalog;
        this.request = request;
    }

    @POST
    @PermitAll
    @Operation(
            summary =
                    "Record that a session viewed a product (emits catalog.product.viewed) → 202; 404 for an unknown product")
    public Response track(@NotNull @Valid View body) {
        catalog.view(body.productId(), body.sessionId(), request.cause());
        return Response.accepted().build();
    }
}
