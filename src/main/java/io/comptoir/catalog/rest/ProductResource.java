package io.comptoir.catalog.rest;

import io.comptoir.catalog.domain.CatalogService;
import io.comptoir.catalog.domain.ProductStatus;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue API: anyone browses, admins write; every change and every view emits its event. */
@Path("/api/products")
@Tag(name = "catalog", description = "Products, variants and views")
public class ProductResource {

    static final String SESSION = "[A-Za-z0-9._:-]{1,100}";

    private final CatalogService catalog;
    private final RequestContext request;

    ProductResource(CatalogService catalog, RequestContext request) {
        this.catalog = catalog;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a product with its variants (emits catalog.product.created, catalog.variant.created)")
    public Response create(@NotNull @Valid ProductRequests.Create body, UriInfo uri) {
        var product = catalog.create(body.toProduct(), request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(product.id).build())
                .entity(ProductResponse.of(product))
                .build();
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List products, newest first (deleted ones only when asked by status): by category, status,"
                    + " sku, and words of the name (q)")
    public PageResponse<ProductResponse> list(
            @QueryParam("categoryId") @Size(max = 100) String categoryId,
            @QueryParam("status") ProductStatus status,
            @QueryParam("sku") @Pattern(regexp = Identifiers.SKU) String sku,
            @QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam PageRequest paging) {
        return catalog.list(categoryId, status, sku, q, paging).map(ProductResponse::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Catalogue statistics: products by status, categories")
    public CatalogService.CatalogStats stats() {
        return catalog.stats();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Get a product (emits catalog.product.viewed with the session id)")
    public ProductResponse get(
            @PathParam("id") String id,
            @HeaderParam("X-Session-Id") @Pattern(regexp = SESSION) String sessionHeader,
            @QueryParam("sessionId") @Pattern(regexp = SESSION) String sessionParam) {
        return ProductResponse.of(
                catalog.view(id, sessionParam != null ? sessionParam : sessionHeader, request.cause()));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change some fields of a product (emits catalog.product.updated)")
    public ProductResponse patch(@PathParam("id") String id, @NotNull @Valid ProductRequests.Patch body) {
        return ProductResponse.of(catalog.update(id, body::applyTo, request.cause()));
    }

    @POST
    @Path("{id}/variants")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a variant (emits catalog.variant.created and catalog.product.updated)")
    public Response addVariant(@PathParam("id") String id, @NotNull @Valid ProductRequests.NewVariant body) {
        var product = catalog.addVariant(id, body.toVariant(), request.cause());
        return Response.status(Response.Status.CREATED)
                .entity(ProductResponse.of(product))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a product (emits catalog.product.deleted)")
    public Response delete(@PathParam("id") String id) {
        catalog.delete(id, request.cause());
        return Response.noContent().build();
    }
}
