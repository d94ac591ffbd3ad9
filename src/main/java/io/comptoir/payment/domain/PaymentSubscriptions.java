package io.comptoir.payment.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.payment.SubscriptionCreated;
import io.comptoir.events.payment.SubscriptionPaid;
import io.comptoir.events.payment.SubscriptionRequested;
import io.comptoir.events.payment.SubscriptionUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.payment.provider.ProviderRefusedException;
import io.comptoir.payment.provider.ProviderSubscription;
import io.comptoir.payment.provider.ProviderUnavailableException;
import io.comptoir.payment.provider.SubscriptionEvent;
import io.comptoir.payment.provider.SubscriptionOrder;
import io.comptoir.payment.provider.SubscriptionProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Subscriptions, the payment engine's side (seed 002): {@code payment.subscription.requested} is
 * answered with {@code payment.subscription.created} (status, the first payment's client secret) or
 * {@code payment.subscription.updated} FAILED; the provider's events then move the subscription
 * ({@code updated}) and its recurring payments ({@code paid}), each once.
 */
@ApplicationScoped
public class PaymentSubscriptions {

    private static final Logger LOG = Logger.getLogger(PaymentSubscriptions.class);
    static final String FAILED = "FAILED";

    private final PaymentSubscriptionRepository subscriptions;
    private final PaymentCustomerRepository customers;
    private final SubscriptionProvider provider;
    private final ProviderNotifications notifications;

    PaymentSubscriptions(
            PaymentSubscriptionRepository subscriptions,
            PaymentCustomerRepository customers,
            SubscriptionProvider provider,
            ProviderNotifications notifications) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.provider = provider;
        this.notifications = notifications;
    }

    /** The provider's answer, or why there is none ({@code provider_unavailable}, or the provider's refusal code). */
    private record Outcome(ProviderSubscription subscription, String failure) {}

    public void onRequested(SubscriptionRequested request, EventEnvelope event) {
        Cause cause = Cause.of(event);
        Outcome outcome = ask(request, cause);
        subscriptions.apply(request.subscriptionId(), event, PaymentSubscription::new, (subscription, events) -> {
            Instant now = Instant.now();
            if (subscription.createdAt == null) {
                subscription.createdAt = now;
            }
            subscription.customerId = request.customerId();
            subscription.planId = request.planId();
            subscription.attempt = request.attempt();
            subscription.provider = provider.id();
            subscription.updatedAt = now;
            if (outcome.subscription() == null) {
                subscription.status = FAILED;
                events.add(
                        Topic.PAYMENT_SUBSCRIPTION_UPDATED,
                        subscription.id,
                        new SubscriptionUpdated(
                                subscription.id, subscription.customerId, FAILED, null, outcome.failure()));
                return;
            }
            ProviderSubscription made = outcome.subscription();
            subscription.reference = made.reference();
            subscription.status = made.status();
            // Stripe dates its events to the second: one of this same second is not older news.
            subscription.statusAt = now.truncatedTo(ChronoUnit.SECONDS);
            subscription.currentPeriodEnd = made.currentPeriodEnd();
            events.add(
                    Topic.PAYMENT_SUBSCRIPTION_CREATED,
                    subscription.id,
                    new SubscriptionCreated(
                            subscription.id,
                            subscription.customerId,
                            subscription.planId,
                            subscription.status,
                            made.clientSecret()));
        });
        if (outcome.subscription() != null) {
            notifications.applyParked(outcome.subscription().reference(), cause);
        }
    }

    private Outcome ask(SubscriptionRequested request, Cause cause) {
        try {
            String customer = customer(request.customerId(), cause);
            return new Outcome(
                    provider.subscribe(
                            customer,
                            new SubscriptionOrder(
                                    request.subscriptionId(),
                                    request.customerId(),
                                    request.planId(),
                                    request.paymentMethodId(),
                                    request.subscriptionId() + "-" + request.attempt())),
                    null);
        } catch (ProviderUnavailableException e) {
            LOG.warnf("subscription %s: %s", request.subscriptionId(), e.getMessage());
            return new Outcome(null, "provider_unavailable");
        } catch (ProviderRefusedException e) {
            return new Outcome(null, e.code() == null ? "refused" : e.code());
        }
    }

    /** The customer's reference at the provider, made once (idempotency key: the customer id). */
    private String customer(String customerId, Cause cause) {
        Optional<PaymentCustomer> known = customers.findByIdOptional(customerId);
        if (known.isPresent()) {
            return known.get().reference;
        }
        PaymentCustomer customer = new PaymentCustomer();
        customer.id = customerId;
        customer.provider = provider.id();
        customer.reference = provider.createCustomer(customerId, "customer-" + customerId);
        customer.createdAt = Instant.now();
        try {
            customers.create(customer, cause, events -> {});
        } catch (DuplicateAggregateException raced) {
            // the same reference: the provider answered both with the same idempotency key
        }
        return customer.reference;
    }

    /** Applies a provider event to its subscription, once; returns whether anything changed. */
    static boolean apply(PaymentSubscription subscription, SubscriptionEvent event, EventBuffer events) {
        if (subscription.providerEvents.contains(event.eventId())) {
            return false;
        }
        subscription.providerEvents.add(event.eventId());
        if (event.reference() != null
                && subscription.reference != null
                && !event.reference().equals(subscription.reference)) {
            return false; // about a Stripe subscription this one replaced
        }
        return switch (event.kind()) {
            case STATUS -> status(subscription, event.status(), event, events);
            case PAID -> paid(subscription, event, events);
            case PAYMENT_FAILED ->
                "ACTIVE".equals(subscription.status) && status(subscription, "PAST_DUE", event, events);
        };
    }

    private static boolean status(
            PaymentSubscription subscription, String status, SubscriptionEvent event, EventBuffer events) {
        if (subscription.statusAt != null && event.at().isBefore(subscription.statusAt)) {
            return false; // older news than the status held
        }
        boolean changed = !status.equals(subscription.status)
                || (event.currentPeriodEnd() != null
                        && !event.currentPeriodEnd().equals(subscription.currentPeriodEnd));
        subscription.status = status;
        subscription.statusAt = event.at();
        if (event.currentPeriodEnd() != null) {
            subscription.currentPeriodEnd = event.currentPeriodEnd();
        }
        subscription.updatedAt = Instant.now();
        if (changed) {
            events.add(
                    Topic.PAYMENT_SUBSCRIPTION_UPDATED,
                    subscription.id,
                    new SubscriptionUpdated(
                            subscription.id,
                            subscription.customerId,
                            subscription.status,
                            subscription.currentPeriodEnd,
                            event.kind() == SubscriptionEvent.Kind.PAYMENT_FAILED ? "invoice payment failed" : null));
        }
        return changed;
    }

    private static boolean paid(PaymentSubscription subscription, SubscriptionEvent event, EventBuffer events) {
        if (event.invoiceReference() == null || subscription.paidInvoices.contains(event.invoiceReference())) {
            return false;
        }
        subscription.paidInvoices.add(event.invoiceReference());
        subscription.updatedAt = Instant.now();
        events.add(
                Topic.PAYMENT_SUBSCRIPTION_PAID,
                subscription.id,
                new SubscriptionPaid(
                        subscription.id,
                        subscription.customerId,
                        event.invoiceReference(),
                        event.amount(),
                        event.at()));
        return true;
    }
}
