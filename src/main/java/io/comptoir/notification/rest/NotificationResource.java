package io.comptoir.notification.rest;

import io.comptoir.kernel.security.CurrentUser;
import io.comptoir.kernel.security.Roles;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.comptoir.kernel.web.RequestContext;
import io.comptoir.notification.domain.Channel;
import io.comptoir.notification.domain.Message;
import io.comptoir.notification.domain.MessageStatus;
import io.comptoir.notification.domain.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers' notification preferences (theirs, or an admin's), admins' direct emails and SMS, the messages and their statistics. */
@Path("/api/notifications")
@Tag(name = "notifications", description = "Email, SMS, push and WhatsApp messages to customers")
public class NotificationResource {

    public record MessageResponse(
            String id,
            String customerId,
            String template,
            Channel channel,
            String language,
            String recipient,
            String subject,
            String body,
            MessageStatus status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt) {

        static MessageResponse of(Message m) {
            return new MessageResponse(
                    m.id,
                    m.customerId,
                    m.template,
                    m.channel,
                    m.language,
                    m.recipient,
                    m.subject,
                    m.body,
                    m.status,
                    m.attempts,
                    m.lastError,
                    m.createdAt,
                    m.sentAt);
        }
    }

    private final NotificationService notifications;
    private final CurrentUser user;
    private final RequestContext request;

    NotificationResource(NotificationService notifications, CurrentUser user, RequestContext request) {
        this.notifications = notifications;
        this.user = user;
        this.request = request;
    }

    @GET
    @Path("preferences/{customerId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary =
                    "A customer's channels, opt-out and language (the defaults until chosen); the customer or an admin")
    public NotificationService.Preferences preferences(
            @PathParam("customerId") @Pattern(regexp = Identifiers.ID) String customerId) {
        user.requireSelfOrAdmin(customerId);
        return notifications.preferences(customerId);
    }

    @PUT
    @Path("preferences/{customerId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary = "Choose the channels to be notified on (an empty list or optedOut: none), and the language;"
                    + " the customer or an admin")
    public NotificationService.Preferences setPreferences(
            @PathParam("customerId") @Pattern(regexp = Identifiers.ID) String customerId,
            @NotNull @Valid NotificationRequests.PreferencesBody body) {
        user.requireSelfOrAdmin(customerId);
        return notifications.setPreferences(
                customerId, body.channels(), Boolean.TRUE.equals(body.optedOut()), body.language(), request.cause());
    }

    @POST
    @Path("email")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Send an email to an address (emits notification.email.sent, or notification.message.failed"
                    + " after the retries) → 202 with the message")
    public Response email(@NotNull @Valid NotificationRequests.DirectEmail body, UriInfo uri) {
        return accepted(
                notifications.sendDirect(
                        Channel.EMAIL, body.customerId(), body.to(), body.subject(), body.text(), request.cause()),
                uri);
    }

    @POST
    @Path("sms")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Send an SMS to a phone number (emits notification.sms.sent, or notification.message.failed"
                    + " after the retries) → 202 with the message")
    public Response sms(@NotNull @Valid NotificationRequests.DirectSms body, UriInfo uri) {
        return accepted(
                notifications.sendDirect(
                        Channel.SMS, body.customerId(), body.to(), null, body.message(), request.cause()),
                uri);
    }

    @GET
    @Path("messages/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One message: what was sent, to whom, how many attempts, the last error")
    public MessageResponse message(@PathParam("id") @Size(max = 300) String id) {
        return MessageResponse.of(notifications.message(id));
    }

    @GET
    @Path("messages")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Operation(
            summary = "Messages, newest first: a customer's own, or for admins by customer, template, status, channel")
    public PageResponse<MessageResponse> messages(
            @QueryParam("customerId") @Size(max = 100) String customerId,
            @QueryParam("template") @Size(max = 100) String template,
            @QueryParam("status") MessageStatus status,
            @QueryParam("channel") Channel channel,
            @Valid @BeanParam PageRequest paging) {
        return notifications
                .list(user.isAdmin() ? customerId : user.id(), template, status, channel, paging)
                .map(MessageResponse::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Notification statistics: sent and failed per channel, pending, messages per template and status")
    public NotificationService.Stats stats() {
        return notifications.stats();
    }

    private static Response accepted(Message message, UriInfo uri) {
        return Response.accepted(MessageResponse.of(message))
                .location(uri.getBaseUriBuilder()
                        .path("api/notifications/messages/{id}")
                        .build(message.id))
                .build();
    }
}
