package io.comptoir.order.rest;

import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.order.domain.OrderPayments;
import io.comptoir.order.domain.OrderService;
import io.comptoir.order.domain.OrderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: customers place and follow their own, admins see all and drive the lifecycle. */
@Path("/api/orders")
@Tag(name = "order", description = "Orders and their lifecycle")
public class OrderResource {

    private final OrderService orders;
    private final OrderPayments payments;
    private final CurrentUser user;
    private final RequestContext request;

    OrderResource(OrderService orders, OrderPayments payments, CurrentUser user, RequestContext request) {
        this.orders = orders;
        this.payments = payments;
        this.user = user;
        this.request = request;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Place an order for the calling customer at catalogue prices, running sales and bundles, the"
                    + " promo code and the loyalty points to redeem applied (emits order.order.placed); 422 names each"
                    + " item, code or points that cannot be")
    public Response place(@NotNull @Valid OrderRequests.Place body, UriInfo uri) {
        var order = orders.place(
                null,
                user.id(),
                body.toItems(),
                body.promoCode(),
                body.points(),
                body.paymentMethod(),
                request.cause());
        return Response.created(uri.getAbsolutePathBuilder().path(order.id).build())
                .entity(OrderResponse.of(order))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "Get an order (its customer or an admin)")
    public OrderResponse get(@PathParam("id") String id) {
        var order = orders.find(id)
                .filter(o -> user.isAdmin() || o.customerId.equals(user.id()))
                .orElseThrow(() -> new NotFoundException("no order " + id));
        return OrderResponse.of(order);
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(summary = "List orders: a customer's own history, or for admins every order, by customer and status")
    public PageResponse<OrderResponse> list(
            @QueryParam("customerId") @Size(max = 100) String customerId,
            @QueryParam("status") OrderStatus status,
            @Valid @BeanParam PageRequest paging) {
        String customer = user.isAdmin() ? customerId : user.id();
        return orders.list(customer, status, paging).map(OrderResponse::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Order statistics: orders by status, revenue per currency (orders not cancelled nor refunded)")
    public OrderService.OrderStats stats() {
        return orders.stats();
    }

    @POST
    @Path("{id}/payment")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(
            summary = "Pay a placed order (card: the Stripe payment method, and where 3-D Secure returns to). Sent as"
                    + " payment.payment.requested and answered over Kafka: the payment's status, with the client"
                    + " secret and redirect when the customer must act (3-D Secure; call again once done). 402 when"
                    + " refused (the order is cancelled), 409 when there is nothing to pay, 503 when the provider or"
                    + " Kafka cannot be reached (the request is kept), 504 when the answer is late (call again)")
    public OrderPayments.Answer pay(@PathParam("id") String id, @Valid OrderRequests.Pay body) {
        OrderRequests.Pay pay = body == null ? new OrderRequests.Pay(null, null) : body;
        return payments.pay(id, user.id(), pay.paymentMethodId(), pay.returnUrl(), request.cause());
    }

    @PATCH
    @Path("{id}/status")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "Move an order to a new status (emits order.order.confirmed|shipped|delivered|cancelled|refunded); 409 when illegal")
    public OrderResponse changeStatus(@PathParam("id") String id, @NotNull @Valid OrderRequests.ChangeStatus body) {
        return OrderResponse.of(orders.transition(id, body.status(), body.reason(), request.cause()));
    }
}
