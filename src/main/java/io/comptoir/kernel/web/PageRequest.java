package io.comptoir.kernel.web;

import io.quarkus.mongodb.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging query parameters shared by every listing: {@code ?page=0&size=20}, size at most 100. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }

    /** This page of {@code query}'s results, with the total count. */
    public <T> PageResponse<T> of(PanacheQuery<T> query) {
        return new PageResponse<>(query.page(toPanache()).list(), page, size, query.count());
    }
}
