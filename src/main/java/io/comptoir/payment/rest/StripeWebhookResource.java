package io.comptoir.payment.rest;

import io.comptoir.kernel.web.RequestContext;
import io.comptoir.payment.domain.StripeWebhooks;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stripe's webhook endpoint, authenticated by the {@code Stripe-Signature} of the raw body alone
 * (no bearer token): 200 once the event is stored, also for a redelivery; 400 for anything that
 * does not verify (nothing stored); 503 while no signing secret is configured (Stripe retries).
 */
@Path("/api/payments/webhooks/stripe")
@Tag(name = "payment", description = "Payments")
public class StripeWebhookResource {

    /** The acknowledgement. */
    public record Ack(boolean received, String eventId, String type, boolean duplicate) {}

    private final StripeWebhooks webhooks;
    private final RequestContext request;

    StripeWebhookResource(StripeWebhooks webhooks, RequestContext request) {
        this.webhooks = webhooks;
        this.request = request;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Receive a Stripe event: signature checked, stored once under its id (emits"
                    + " payment.webhook.received), then acknowledged")
    public Ack receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        StripeWebhooks.Receipt receipt = webhooks.receive(payload, signature, request.cause());
        return new Ack(true, receipt.eventId(), receipt.type(), receipt.duplicate());
    }
}
