package io.comptoir.customer.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.customer.config.CustomerConfig;
import io.comptoir.events.Topic;
import io.comptoir.events.payment.SubscriptionCreated;
import io.comptoir.events.payment.SubscriptionPaid;
import io.comptoir.events.payment.SubscriptionRequested;
import io.comptoir.events.payment.SubscriptionUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.events.Replies;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.TimedOutException;
import io.comptoir.kernel.problem.UnavailableException;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Subscriptions from the customer's side (seed 002's set-up flow): the request is stored with the
 * subscription and sent as {@code payment.subscription.requested} (never HTTP to the payment
 * engine); the answer comes back over Kafka: created (with what the customer's page confirms the
 * first payment with) or FAILED. Later status changes and recurring payments follow from the
 * payment engine's events.
 */
@ApplicationScoped
public class CustomerSubscriptions {

    /** What the customer gets: the subscription, its status, the client secret while the first payment is due. */
    public record Answer(String subscriptionId, String status, String clientSecret) {}

    private record Sent(String subscriptionId, String requestId) {}

    /** Statuses in which a customer has the plan (or is paying for it): asking again is a conflict. */
    private static final Set<String> LIVE = Set.of("INCOMPLETE", "TRIALING", "ACTIVE", "PAST_DUE", "UNPAID", "PAUSED");

    private static final String UNREACHABLE = "provider_unavailable";

    private final SubscriptionRepository subscriptions;
    private final Replies replies;
    private final CustomerConfig config;
    private final ObjectMapper json;

    CustomerSubscriptions(
            SubscriptionRepository subscriptions, Replies replies, CustomerConfig config, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.replies = replies;
        this.config = config;
        this.json = json;
    }

    /**
     * Subscribes the customer to a plan and waits for the payment engine's answer: 409 when the
     * customer already has it, 422 when it cannot be set up (unknown plan, refused card), 503 when
     * Stripe or Kafka cannot be reached (the request is kept), 504 when the answer is late.
     */
    public Answer subscribe(String customerId, String planId, String paymentMethodId, Cause cause) {
        String id = customerId + "-" + planId;
        Sent sent = subscriptions
                .modify(id, cause, (subscription, events) -> request(subscription, paymentMethodId, events))
                .orElseGet(() -> create(id, customerId, planId, paymentMethodId, cause));
        return replies.await(sent.requestId(), config.subscriptionReplyTimeout(), this::apply, () -> subscriptions
                        .findByIdOptional(id)
                        .filter(s -> sent.requestId().equals(s.answeredRequestId))
                        .map(CustomerSubscriptions::answer))
                .orElseThrow(() -> subscriptions.isPending(id, sent.requestId())
                        ? new UnavailableException("payments cannot be reached now; the subscription request is"
                                + " kept and sent as soon as they can")
                        : new TimedOutException("the payment engine has not answered yet for subscription " + id
                                + "; ask again to get its answer"));
    }

    private Sent create(String id, String customerId, String planId, String paymentMethodId, Cause cause) {
        Subscription subscription = new Subscription();
        subscription.id = id;
        subscription.customerId = customerId;
        subscription.planId = planId;
        subscription.createdAt = Instant.now();
        Sent[] sent = new Sent[1];
        try {
            subscriptions.create(
                    subscription, cause, events -> sent[0] = request(subscription, paymentMethodId, events));
            return sent[0];
        } catch (DuplicateAggregateException raced) {
            return subscriptions
                    .modify(id, cause, (current, events) -> request(current, paymentMethodId, events))
                    .orElseThrow();
        }
    }

    /** A new request, unless one is awaiting its answer (then that one is awaited again). */
    private static Sent request(Subscription subscription, String paymentMethodId, EventBuffer events) {
        if (Subscription.REQUESTED.equals(subscription.status)) {
            return new Sent(subscription.id, subscription.requestId);
        }
        if (subscription.status != null && LIVE.contains(subscription.status)) {
            throw new ConflictException(
                    "already subscribed to " + subscription.planId + " (" + subscription.status + ")");
        }
        // Stripe unreachable: the same attempt again (it may have made the subscription meanwhile:
        // the same idempotency key finds it); otherwise a new one.
        if (!(Subscription.FAILED.equals(subscription.status) && UNREACHABLE.equals(subscription.reason))) {
            subscription.attempt++;
        }
        subscription.status = Subscription.REQUESTED;
        subscription.clientSecret = null;
        subscription.reason = null;
        subscription.updatedAt = Instant.now();
        events.add(
                Topic.PAYMENT_SUBSCRIPTION_REQUESTED,
                subscription.customerId,
                new SubscriptionRequested(
                        subscription.id,
                        subscription.customerId,
                        subscription.planId,
                        subscription.attempt,
                        paymentMethodId));
        subscription.requestId = events.lastEventId();
        return new Sent(subscription.id, subscription.requestId);
    }

    private static Answer answer(Subscription subscription) {
        if (Subscription.FAILED.equals(subscription.status)) {
            if (UNREACHABLE.equals(subscription.reason)) {
                throw new UnavailableException("the subscription could not be set up now: Stripe is unavailable");
            }
            throw new UnprocessableException(
                    "the subscription could not be set up",
                    List.of(new Problem.FieldError("planId", subscription.reason)));
        }
        return new Answer(subscription.id, subscription.status, subscription.clientSecret);
    }

    private void apply(EventEnvelope reply) {
        try {
            if (reply.topic() == Topic.PAYMENT_SUBSCRIPTION_CREATED) {
                onCreated(json.readValue(reply.data(), SubscriptionCreated.class), reply);
            } else {
                onUpdated(json.readValue(reply.data(), SubscriptionUpdated.class), reply);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reply " + reply.id(), e);
        }
    }

    public void onCreated(SubscriptionCreated created, EventEnvelope event) {
        subscriptions.applyIfPresent(created.subscriptionId(), event, (subscription, events) -> {
            if (event.causationId() != null && event.causationId().equals(subscription.requestId)) {
                subscription.answeredRequestId = event.causationId();
                subscription.status = created.status();
                subscription.clientSecret = created.clientSecret();
                subscription.updatedAt = Instant.now();
            }
        });
    }

    /** A status change (Stripe's), or the answer FAILED to the request. */
    public void onUpdated(SubscriptionUpdated updated, EventEnvelope event) {
        subscriptions.applyIfPresent(updated.subscriptionId(), event, (subscription, events) -> {
            boolean answer = event.causationId() != null && event.causationId().equals(subscription.requestId);
            if (answer) {
                subscription.answeredRequestId = event.causationId();
            } else if (Subscription.REQUESTED.equals(subscription.status)) {
                return; // news of an earlier attempt
            }
            subscription.status = updated.status();
            subscription.reason = updated.reason();
            subscription.currentPeriodEnd = updated.currentPeriodEnd();
            if (!"INCOMPLETE".equals(updated.status())) {
                subscription.clientSecret = null;
            }
            subscription.updatedAt = Instant.now();
        });
    }

    public void onPaid(SubscriptionPaid paid, EventEnvelope event) {
        subscriptions.applyIfPresent(paid.subscriptionId(), event, (subscription, events) -> {
            subscription.payments++;
            subscription.lastPayment = paid.amount();
            subscription.lastPaidAt = paid.paidAt();
            subscription.updatedAt = Instant.now();
        });
    }

    public Optional<Subscription> find(String id) {
        return subscriptions.findByIdOptional(id);
    }

    /** A customer's subscriptions (all when null), newest first. */
    public PageResponse<Subscription> list(String customerId, PageRequest paging) {
        Sort newestFirst = Sort.by("createdAt", Sort.Direction.Descending).and("_id");
        return paging.of(
                customerId == null
                        ? subscriptions.findAll(newestFirst)
                        : subscriptions.find("customerId", newestFirst, customerId));
    }
}
