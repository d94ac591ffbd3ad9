package io.comptoir.customer.rest;

import io.comptoir.customer.domain.CustomerSubscriptions;
import io.comptoir.customer.domain.Subscription;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscriptions: customers subscribe to plans (Stripe prices) and follow them; admins see all. */
@Path("/api/subscriptions")
@Tag(name = "customer", description = "Customers")
public class SubscriptionResource {

    /** {@code POST /api/subscriptions}. */
    public record Subscribe(
            @NotNull @Pattern(regexp = "price_[A-Za-z0-9_]{1,100}", message = "must be a Stripe price id (price_…)")
                    String planId,
            @Pattern(regexp = "pm_[A-Za-z0-9_]{1,100}", message = "must be a Stripe payment method id (pm_…)")
                    String paymentMethodId) {}

    /** A subscription as the API shows it; the client secret only while the first payment is due. */
    public record SubscriptionResponse(
            String id,
            String customerId,
            String planId,
            String status,
            String clientSecret,
            String reason,
            Instant currentPeriodEnd,
            int payments,
            Money lastPayment,
            Instant lastPaidAt,
            Instant createdAt) {

        static SubscriptionResponse of(Subscription s) {
            return new SubscriptionResponse(
                    s.id,
                    s.customerId,
                    s.planId,
                    s.status,
                    "INCOMPLETE".equals(s.status) ? s.clientSecret : null,
                    s.reason,
                    s.currentPeriodEnd,
                    s.payments,
                    s.lastPayment,
                    s.lastPaidAt,
                    s.createdAt);
        }
    }

    private final CustomerSubscriptions subscriptions;
    private final CurrentUser user;
    private final RequestContext request;

    SubscriptionResource(CustomerSubscriptions subscriptions, CurrentUser user, RequestContext request) {
        this.subscriptions = subscriptions;
        this.user = user;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Subscribe the calling customer to a plan (sent as payment.subscription.requested, answered"
                    + " over Kafka): the subscription's status and, while INCOMPLETE, the client secret its first"
                    + " payment is confirmed with; 409 already subscribed, 422 cannot be set up, 503 Stripe or Kafka"
                    + " unreachable (request kept), 504 answer late")
    public CustomerSubscriptions.Answer subscribe(@NotNull @Valid Subscribe body) {
        return subscriptions.subscribe(user.id(), body.planId(), body.paymentMethodId(), request.cause());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "Get a subscription (its customer or an admin)")
    public SubscriptionResponse get(@PathParam("id") String id) {
        return subscriptions
                .find(id)
                .filter(s -> user.isAdmin() || s.customerId.equals(user.id()))
                .map(SubscriptionResponse::of)
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List subscriptions: a customer's own, or for admins every one, by customer")
    public PageResponse<SubscriptionResponse> list(
            @QueryParam("customerId") @Size(max = 100) String customerId, @Valid @BeanParam PageRequest paging) {
        return subscriptions
                .list(user.isAdmin() ? customerId : user.id(), paging)
                .map(SubscriptionResponse::of);
    }
}
