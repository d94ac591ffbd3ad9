package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.Category;
import io.comptoir.catalog.domain.CategoryService;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree: anyone browses, admins create and change. */
@Path("/api/categories")
@Tag(name = "catalog")
public class CategoryResource {

    static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}";

    /** {@code PUT /api/categories/{id}}. */
    record Save(
            @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = SLUG, message = "must be a slug: lower-case letters, digits and '-'") String parentId) {}

    public record CategoryResponse(String id, String name, String parentId) {

        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.id, c.name, c.parentId);
        }
    }

    private final CategoryService categories;
    private final RequestContext request;

    CategoryResource(CategoryService categories, RequestContext request) {
        this.categories = categories;
        this.request = request;
    }

    @GET
    @PermitAll
    @Operation(summary = "List the categories, by id")
    public List<CategoryResponse> list() {
        return categories.list().stream().map(CategoryResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Get a category")
    public CategoryResponse get(@PathParam("id") @Pattern(regexp = SLUG) String id) {
        return CategoryResponse.of(categories.find(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or change a category (emits catalog.category.updated); its parent must exist")
    public CategoryResponse save(@PathParam("id") @Pattern(regexp = SLUG) String id, @NotNull @Valid Save body) {
        return CategoryResponse.of(categories.save(id, body.name(), body.parentId(), request.cause()));
    }
}
