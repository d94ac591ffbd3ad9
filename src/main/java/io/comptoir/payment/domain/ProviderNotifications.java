package io.comptoir.payment.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.payment.WebhookProcessed;
import io.comptoir.events.payment.WebhookReceived;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.payment.provider.ProviderAttempt;
import io.comptoir.payment.provider.ProviderEvent;
import io.comptoir.payment.provider.SubscriptionEvent;
import io.comptoir.payment.stripe.StripeEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Applies the Stripe events the webhook endpoint stored ({@code payment.webhook.received}) to
 * payments and subscriptions: each changes its payment at most once (its id is kept on the payment), statuses only move forward, so
 * duplicates and reordered deliveries change nothing twice. An event about a payment not known yet
 * (Stripe can be faster than the request's own write), or a refund of a payment not yet succeeded,
 * is parked and applied once it can be: when the payment is stored, or by the periodic job.
 */
@ApplicationScoped
public class ProviderNotifications {

    private static final Logger LOG = Logger.getLogger(ProviderNotifications.class);

    /** How long parked events are tried again on a schedule. */
    private static final Duration RETRY_FOR = Duration.ofDays(1);

    private final StripeWebhookRepository webhooks;
    private final PaymentRepository payments;
    private final PaymentSubscriptionRepository subscriptions;
    private final StripeEvents stripe;
    private final Refunds refunds;

    ProviderNotifications(
            StripeWebhookRepository webhooks,
            PaymentRepository payments,
            PaymentSubscriptionRepository subscriptions,
            StripeEvents stripe,
            Refunds refunds) {
        this.webhooks = webhooks;
        this.payments = payments;
        this.subscriptions = subscriptions;
        this.stripe = stripe;
        this.refunds = refunds;
    }

    public void onWebhook(WebhookReceived received, EventEnvelope event) {
        process(received.stripeEventId(), Cause.of(event));
    }

    /** Applies the parked events about the payment the provider knows as {@code reference}. */
    void applyParked(String reference, Cause cause) {
        for (StripeWebhook parked : webhooks.parked(reference, 100)) {
            process(parked.id, cause);
        }
    }

    /**
     * Tries the parked events again for the engine's periodic job, those tried longest ago first
     * (so events that never match, e.g. another application's on a shared Stripe account, do not
     * keep the others waiting); one that fails is logged and left for the next run.
     */
    int retryParked(int limit) {
        Cause cause = Cause.scheduled();
        int applied = 0;
        for (StripeWebhook parked : webhooks.parkedSince(Instant.now().minus(RETRY_FOR), limit)) {
            try {
                if (process(parked.id, cause)) {
                    applied++;
                } else {
                    webhooks.modify(parked.id, cause, (w, events) -> w.retriedAt = Instant.now());
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "parked Stripe event %s: left for the next run", parked.id);
            }
        }
        return applied;
    }

    /** Returns whether the event is processed (applied, found unchanged or ignored), false when parked. */
    boolean process(String webhookId, Cause cause) {
        StripeWebhook webhook = webhooks.findById(webhookId);
        if (webhook == null || webhook.state == StripeWebhook.State.PROCESSED) {
            return true;
        }
        Optional<ProviderEvent> read = stripe.read(webhook.payload);
        if (read.isEmpty()) {
            return stripe.readSubscription(webhook.payload)
                    .map(event -> processSubscription(webhook, event, cause))
                    .orElseGet(() -> {
                        finish(webhookId, "IGNORED", null, cause);
                        return true;
                    });
        }
        ProviderEvent event = read.get();
        Optional<Payment> payment = findPayment(event);
        if (payment.isEmpty() || (event.isRefund() && payment.get().status.isBefore(PaymentStatus.SUCCEEDED))) {
            return park(webhook, event.reference(), cause, () -> findPayment(event)
                    .filter(p -> !event.isRefund() || !p.status.isBefore(PaymentStatus.SUCCEEDED))
                    .isPresent());
        }
        String paymentId = payment.get().id;
        boolean changed = payments.modify(paymentId, cause, (p, events) -> {
                    if (p.providerEvents.contains(event.eventId())) {
                        return false;
                    }
                    p.providerEvents.add(event.eventId());
                    if (event.isRefund()) {
                        return Refunds.settleReported(p, event, events);
                    }
                    return PaymentService.advance(
                            p,
                            new ProviderAttempt(
                                    event.reference(),
                                    event.status(),
                                    null,
                                    null,
                                    event.failureCode(),
                                    event.failureMessage()),
                            events,
                            true);
                })
                .orElse(false);
        refunds.refundIfDue(paymentId, cause);
        finish(webhookId, changed ? "APPLIED" : "UNCHANGED", paymentId, cause);
        return true;
    }

    private Optional<Payment> findPayment(ProviderEvent event) {
        return event.paymentId() != null
                ? payments.findByIdOptional(event.paymentId())
                : Optional.ofNullable(event.reference()).flatMap(payments::findByReference);
    }

    private Optional<PaymentSubscription> findSubscription(SubscriptionEvent event) {
        return event.subscriptionId() != null
                ? subscriptions.findByIdOptional(event.subscriptionId())
                : Optional.ofNullable(event.reference()).flatMap(subscriptions::findByReference);
    }

    private boolean processSubscription(StripeWebhook webhook, SubscriptionEvent event, Cause cause) {
        Optional<PaymentSubscription> subscription = findSubscription(event);
        if (subscription.isEmpty()) {
            return park(webhook, event.reference(), cause, () -> findSubscription(event)
                    .isPresent());
        }
        boolean changed = subscriptions
                .modify(subscription.get().id, cause, (s, events) -> PaymentSubscriptions.apply(s, event, events))
                .orElse(false);
        finish(webhook.id, changed ? "APPLIED" : "UNCHANGED", null, cause);
        return true;
    }

    /**
     * Kept until what it concerns is known: applied then, or by the periodic job. Looked for once
     * more after parking, since it may have been stored (and its parked events looked for) between
     * the first look and the parking.
     */
    private boolean park(StripeWebhook webhook, String reference, Cause cause, BooleanSupplier knownNow) {
        if (webhook.state != StripeWebhook.State.PARKED) {
            webhooks.modify(webhook.id, cause, (w, events) -> {
                w.state = StripeWebhook.State.PARKED;
                w.reference = reference;
                return w;
            });
            if (knownNow.getAsBoolean()) {
                return process(webhook.id, cause);
            }
        }
        return false;
    }

    private void finish(String webhookId, String outcome, String paymentId, Cause cause) {
        webhooks.modify(webhookId, cause, (webhook, events) -> {
            if (webhook.state != StripeWebhook.State.PROCESSED) {
                webhook.state = StripeWebhook.State.PROCESSED;
                webhook.outcome = outcome;
                webhook.paymentId = paymentId;
                webhook.reference = null;
                webhook.processedAt = Instant.now();
                events.add(
                        Topic.PAYMENT_WEBHOOK_PROCESSED,
                        webhook.id,
                        new WebhookProcessed(webhook.id, webhook.type, outcome, paymentId));
            }
            return webhook;
        });
    }
}
