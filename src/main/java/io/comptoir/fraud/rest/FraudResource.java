package io.comptoir.fraud.rest;

import io.comptoir.fraud.domain.Assessment;
import io.comptoir.fraud.domain.FraudService;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Risk assessments of orders and the admins' decisions on the held ones. */
@Path("/api/fraud")
@Tag(name = "fraud", description = "Order risk scores, holds and decisions")
@RolesAllowed(Roles.ADMIN)
public class FraudResource {

    /** {@code POST .../clear} and {@code .../reject}: why the admin decided so. */
    public record Decision(@NotBlank @Size(max = 500) String reason) {}

    /** One rule's outcome. */
    public record ComponentResponse(Assessment.Rule rule, int points, String explanation) {}

    /** An order's assessment as the API shows it. */
    public record AssessmentResponse(
            String orderId,
            String customerId,
            Money total,
            Instant placedAt,
            int score,
            Assessment.Verdict verdict,
            List<ComponentResponse> components,
            Instant assessedAt,
            String decidedBy,
            String decisionReason,
            Instant decidedAt) {

        static AssessmentResponse of(Assessment a) {
            return new AssessmentResponse(
                    a.id,
                    a.customerId,
                    a.total,
                    a.placedAt,
                    a.score,
                    a.verdict,
                    a.components.stream()
                            .map(c -> new ComponentResponse(c.rule, c.points, c.explanation))
                            .toList(),
                    a.assessedAt,
                    a.decidedBy,
                    a.decisionReason,
                    a.decidedAt);
        }
    }

    private final FraudService fraud;
    private final RequestContext request;

    FraudResource(FraudService fraud, RequestContext request) {
        this.fraud = fraud;
        this.request = request;
    }

    @GET
    @Path("orders/{orderId}")
    @Operation(summary = "An order's risk assessment: score, every rule's points and explanation, verdict, decision")
    public AssessmentResponse get(@PathParam("orderId") @Pattern(regexp = Identifiers.ID) String orderId) {
        return fraud.assessment(orderId)
                .map(AssessmentResponse::of)
                .orElseThrow(() -> new NotFoundException("no assessment of order " + orderId));
    }

    @GET
    @Path("customers/{customerId}")
    @Operation(
            summary = "The history the engine keeps of a customer: onboarding time, orders, payments and refusals"
                    + " counted (404 before any event about them)")
    public FraudService.CustomerHistory customer(
            @PathParam("customerId") @Pattern(regexp = Identifiers.ID) String customerId) {
        return fraud.history(customerId).orElseThrow(() -> new NotFoundException("no history of " + customerId));
    }

    @GET
    @Path("holds")
    @Operation(summary = "Orders held for review, oldest first")
    public PageResponse<AssessmentResponse> holds(@Valid @BeanParam PageRequest paging) {
        return fraud.holds(paging).map(AssessmentResponse::of);
    }

    @POST
    @Path("orders/{orderId}/clear")
    @Operation(
            summary = "Release a held order (emits fraud.order.cleared: the order confirms if it was paid or an admin"
                    + " confirmed it meanwhile); 409 unless held")
    public AssessmentResponse clear(
            @PathParam("orderId") @Pattern(regexp = Identifiers.ID) String orderId, @NotNull @Valid Decision body) {
        return AssessmentResponse.of(fraud.clear(orderId, body.reason(), request.cause()));
    }

    @POST
    @Path("orders/{orderId}/reject")
    @Operation(
            summary = "Refuse a held order (emits fraud.order.rejected: the order is cancelled, FRAUD_REJECTED, and"
                    + " any payment refunded); 409 unless held")
    public AssessmentResponse reject(
            @PathParam("orderId") @Pattern(regexp = Identifiers.ID) String orderId, @NotNull @Valid Decision body) {
        return AssessmentResponse.of(fraud.reject(orderId, body.reason(), request.cause()));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Fraud statistics: assessments by verdict, average score, customers with a history")
    public FraudService.FraudStats stats() {
        return fraud.stats();
    }
}
