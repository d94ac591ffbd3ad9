package io.comptoir.profitability.rest;

import io.comptoir.kernel.problem.InvalidRequestException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.Roles;
import io.comptoir.profitability.config.ProfitabilityConfig;
import io.comptoir.profitability.domain.Bucket;
import io.comptoir.profitability.domain.OrderProfit;
import io.comptoir.profitability.domain.ProfitabilityReport;
import io.comptoir.profitability.domain.ProfitabilityService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Profitability reports, order margins and statistics, for admins. */
@Path("/api/profitability")
@Tag(
        name = "profitability",
        description = "Landed costs, margins, most profitable products and customers, price suggestions")
@RolesAllowed(Roles.ADMIN)
public class ProfitabilityResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    private final ProfitabilityService profitability;
    private final ProfitabilityConfig config;

    ProfitabilityResource(ProfitabilityService profitability, ProfitabilityConfig config) {
        this.profitability = profitability;
        this.config = config;
    }

    @GET
    @Path("report")
    @Operation(
            summary =
                    "Profitability of the sales confirmed in [from, to) (UTC days, at most 366): totals, per DAY, WEEK"
                            + " (ISO) or MONTH bucket, per product, category and customer (the top most profitable), price"
                            + " suggestions under the target margin; categoryId (repeatable) keeps those categories' lines")
    public ProfitabilityReport report(
            @QueryParam("from") @NotNull @Pattern(regexp = DATE) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = DATE) String to,
            @QueryParam("bucket") @NotNull @Pattern(regexp = "DAY|WEEK|MONTH") String bucket,
            @QueryParam("categoryId") @Size(max = 50) List<@Size(max = 100) String> categoryIds,
            @QueryParam("top") @Min(1) @Max(100) Integer top) {
        LocalDate first = date(from, "from");
        LocalDate end = date(to, "to");
        if (!first.isBefore(end) || first.plusDays(366).isBefore(end)) {
            throw new InvalidRequestException("from must be before to, at most 366 days apart");
        }
        return profitability.report(
                first,
                end,
                Bucket.valueOf(bucket),
                categoryIds == null ? Set.of() : Set.copyOf(categoryIds),
                top == null ? config.top() : top);
    }

    @GET
    @Path("orders/{orderId}")
    @Operation(summary = "An order's lines with their revenue, landed cost and margin, and whether it counts as a sale")
    public OrderProfit order(@PathParam("orderId") String orderId) {
        return profitability.order(orderId).orElseThrow(() -> new NotFoundException("no placed order " + orderId));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Profitability statistics: orders known, counted and undone, products costed, overall margin")
    public ProfitabilityService.ProfitabilityStats stats() {
        return profitability.stats();
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field + " is not a date: " + value);
        }
    }
}
