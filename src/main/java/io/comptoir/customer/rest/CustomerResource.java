package io.comptoir.customer.rest;

import io.comptoir.customer.domain.Activities;
import io.comptoir.customer.domain.Customer;
import io.comptoir.customer.domain.CustomerStatus;
import io.comptoir.customer.domain.CustomerTier;
import io.comptoir.customer.domain.Customers;
import io.comptoir.customer.domain.RfmSegment;
import io.comptoir.customer.rest.CustomerResponses.CustomerResponse;
import io.comptoir.customer.rest.CustomerResponses.RfmResponse;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customers (seed 004): onboarding, the lifecycle and profiling by admins, and the customer view,
 * which a customer sees for themself and an admin for everyone.
 */
@Path("/api/customers")
@Tag(name = "customer", description = "Customers")
public class CustomerResource {

    private final Customers customers;
    private final Activities activities;
    private final CurrentUser user;
    private final RequestContext request;

    CustomerResource(Customers customers, Activities activities, CurrentUser user, RequestContext request) {
        this.customers = customers;
        this.activities = activities;
        this.user = user;
        this.request = request;
    }

    @POST
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary = "Onboard a customer: a customer onboards themself (id = their user id), an admin anyone (given"
                    + " customerId, or a new id) → 201; 409 when the id, the email or the phone is onboarded already"
                    + " (emits customer.customer.onboarded)")
    public Response onboard(@NotNull @Valid CustomerRequests.Onboard body, UriInfo uri) {
        String id;
        if (user.isAdmin()) {
            id = body.customerId() == null ? new ObjectId().toHexString() : body.customerId();
        } else {
            user.requireSelfOrAdmin(body.customerId() == null ? user.id() : body.customerId());
            id = user.id();
        }
        Customer customer = customers.onboard(
                id,
                new Customers.Onboarding(body.name(), body.email(), body.phone(), body.language()),
                request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(view(customer))
                .build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List customers, newest first, by status and tier")
    public PageResponse<CustomerResponse> list(
            @QueryParam("status") CustomerStatus status,
            @QueryParam("tier") CustomerTier tier,
            @Valid @BeanParam PageRequest paging) {
        return customers.list(status, tier, paging).map(this::view);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Customer statistics: customers by status, tier and profiling segment; activity heard of"
                    + " (orders, amount spent, payments); customers per RFM segment")
    public CustomerStats stats() {
        return new CustomerStats(customers.counts(), activities.counts());
    }

    /** Both halves of the statistics: the customers onboarded, and what events told about customers. */
    public record CustomerStats(Customers.CustomerCounts customers, Activities.ActivityCounts activity) {}

    @GET
    @Path("rfm")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Customers' RFM scores from their orders, best first, in one segment when given")
    public PageResponse<RfmResponse> rfm(
            @QueryParam("segment") RfmSegment segment, @Valid @BeanParam PageRequest paging) {
        return activities.scored(segment, paging).map(a -> RfmResponse.of(a.id, a));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary = "A customer (the customer themself or an admin): status, tier, last profiling, and the view"
                    + " from events: orders, loyalty, payments, RFM")
    public CustomerResponse get(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        user.requireSelfOrAdmin(id);
        return view(found(id));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Activate a pending or inactive customer; 409 when active (emits customer.customer.activated)")
    public CustomerResponse activate(@PathParam("id") @Pattern(regexp = Identifiers.ID) String id) {
        return view(customers.activate(id, request.cause()));
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Deactivate a customer, with an optional reason; 409 when inactive (emits"
                    + " customer.customer.deactivated)")
    public CustomerResponse deactivate(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id, @Valid CustomerRequests.Deactivate body) {
        return view(customers.deactivate(id, body == null ? null : body.reason(), request.cause()));
    }

    @POST
    @Path("{id}/promote")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Promote an active customer to a higher tier, with the reason; 409 when not active or not"
                    + " higher (emits customer.customer.promoted)")
    public CustomerResponse promote(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id,
            @NotNull @Valid CustomerRequests.Promote body) {
        return view(customers.promote(id, body.tier(), body.reason(), request.cause()));
    }

    @POST
    @Path("{id}/profile")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Profile a customer from age, yearly income, credit score (300-850) and first payment: risk"
                    + " segment, eligibility, perks, tier, with the reasons (emits customer.customer.profiled); an"
                    + " eligible active customer profiled into a higher tier is promoted (customer.customer.promoted);"
                    + " 422 when the income is not in the configured currency")
    public CustomerResponse profile(
            @PathParam("id") @Pattern(regexp = Identifiers.ID) String id,
            @NotNull @Valid CustomerRequests.Profile body) {
        return view(customers.profile(
                id,
                new Customers.ProfileInput(body.age(), body.income(), body.creditScore(), body.firstPayment()),
                request.cause()));
    }

    private Customer found(String id) {
        return customers.find(id).orElseThrow(() -> new NotFoundException("no customer " + id));
    }

    private CustomerResponse view(Customer customer) {
        return CustomerResponse.of(customer, activities.find(customer.id).orElse(null));
    }
}
