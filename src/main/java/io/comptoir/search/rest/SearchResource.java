package io.comptoir.search.rest;

import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.search.domain.SearchService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text product search with filters, facets and sorting, for anyone. */
@Path("/api/search")
@Tag(name = "search", description = "Product search")
public class SearchResource {

    private final SearchService search;

    SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Search active products by words (q), category (with its sub-categories), price range (minor"
                    + " units) and stock; sort by relevance (default with words), price or newest (default without);"
                    + " facets by category, price range and availability")
    public SearchService.Results search(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("categoryId") @Size(max = 100) String categoryId,
            @QueryParam("minPrice") @Min(0) Long minPrice,
            @QueryParam("maxPrice") @Min(0) Long maxPrice,
            @QueryParam("inStock") @Pattern(regexp = "true|false", message = "must be true or false") String inStock,
            @QueryParam("sort")
                    @Pattern(
                            regexp = "(?i)relevance|price_asc|price_desc|newest",
                            message = "must be one of relevance, price_asc, price_desc, newest")
                    String sort,
            @Valid @BeanParam PageRequest paging) {
        return search.search(
                new SearchService.Query(
                        q,
                        categoryId,
                        minPrice,
                        maxPrice,
                        inStock == null ? null : Boolean.valueOf(inStock),
                        sort == null ? null : SearchService.Sort.valueOf(sort.toUpperCase(Locale.ROOT))),
                paging);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Search statistics: products known, searchable, in stock, categories")
    public SearchService.SearchStats stats() {
        return search.stats();
    }
}
