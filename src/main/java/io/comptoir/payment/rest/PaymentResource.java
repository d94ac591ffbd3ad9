package io.comptoir.payment.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.InvalidRequestException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.payment.domain.Payment;
import io.comptoir.payment.domain.PaymentAnalytics;
import io.comptoir.payment.domain.PaymentQueries;
import io.comptoir.payment.domain.PaymentStatus;
import io.comptoir.payment.domain.Refunds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payments: customers see their own, admins see all and give money back. */
@Path("/api/payments")
@Tag(name = "payment", description = "Payments")
public class PaymentResource {

    /** {@code POST /api/payments/{id}/refunds}: all that is left when no amount is given. */
    public record RefundRequest(@ValidMoney(min = 1) Money amount, @Size(max = 200) String reason) {}

    private final PaymentQueries payments;
    private final Refunds refunds;
    private final CurrentUser user;
    private final RequestContext request;

    PaymentResource(PaymentQueries payments, Refunds refunds, CurrentUser user, RequestContext request) {
        this.payments = payments;
        this.refunds = refunds;
        this.user = user;
        this.request = request;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "Get a payment (its customer or an admin)")
    public PaymentResponse get(@PathParam("id") String id) {
        return PaymentResponse.of(visible(id));
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List payments: a customer's own, or for admins every payment, by order and status")
    public PageResponse<PaymentResponse> list(
            @QueryParam("orderId") @Size(max = 100) String orderId,
            @QueryParam("status") PaymentStatus status,
            @Valid @BeanParam PageRequest paging) {
        String customer = user.isAdmin() ? null : user.id();
        return payments.list(customer, orderId, status, paging).map(PaymentResponse::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Payment analytics over UTC days (default: the last 30): payments by method and status with"
                    + " amounts, failure rate, conversion per day")
    public PaymentAnalytics stats(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last) || first.plusYears(1).isBefore(last)) {
            throw new InvalidRequestException("from must be on or before to, at most a year apart");
        }
        return payments.analytics(first, last);
    }

    @POST
    @Path("{id}/refunds")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Refund a succeeded payment, all that is left or a part (emits payment.payment.refunded once"
                    + " the provider confirms): 201 when done, 202 while the provider has not confirmed; 409 unless"
                    + " succeeded or when Stripe refuses it, 422 beyond what is left")
    public Response refund(@PathParam("id") String id, @Valid RefundRequest body) {
        visible(id);
        Payment.RefundRecord refund = refunds.refund(
                id, body == null ? null : body.amount(), body == null ? null : body.reason(), request.cause());
        if (refund.status == Payment.RefundState.FAILED) {
            throw new ConflictException("Stripe refused the refund (already refunded or disputed at Stripe?)");
        }
        return Response.status(
                        refund.status == Payment.RefundState.SUCCEEDED
                                ? Response.Status.CREATED
                                : Response.Status.ACCEPTED)
                .entity(PaymentResponse.Refund.of(refund))
                .build();
    }

    private Payment visible(String id) {
        return payments.find(id)
                .filter(p -> user.isAdmin() || p.customerId.equals(user.id()))
                .orElseThrow(() -> new NotFoundException("no payment " + id));
    }
}
