package io.comptoir.suggestion.rest;

import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.suggestion.domain.SuggestionService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seed 000's suggestions: what to show a visitor next. Views are recorded by the catalogue ({@code
 * GET /api/products/{id}}, {@code POST /api/suggestions/track}), which owns {@code catalog.product.viewed}.
 */
@Path("/api/suggestions")
@Tag(name = "suggestion", description = "Product suggestions")
public class SuggestionResource {

    private final SuggestionService suggestions;

    SuggestionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Similar, cross-sell and upsell products for a session and the product it looks at (both"
                    + " optional), topped up with popular ones; never a deleted, inactive or out-of-stock product")
    public SuggestionService.Suggestions suggest(
            @QueryParam("sessionId") @Pattern(regexp = Identifiers.ID) String sessionId,
            @QueryParam("productId") @Pattern(regexp = Identifiers.ID) String productId,
            @QueryParam("limit") @Min(1) @Max(20) Integer limit) {
        return suggestions.suggest(sessionId, productId, limit);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Suggestion statistics: sessions tracked, products tracked, total views, suggestable products")
    public SuggestionService.SuggestionStats stats() {
        return suggestions.stats();
    }
}
