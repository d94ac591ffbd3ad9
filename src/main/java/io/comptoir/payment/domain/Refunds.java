package io.comptoir.payment.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.payment.provider.PaymentProviders;
import io.comptoir.payment.provider.ProviderEvent;
import io.comptoir.payment.provider.ProviderRefund;
import io.comptoir.payment.provider.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.jboss.logging.Logger;

/**
 * Money given back, full or partial. A refund is first written down as PENDING under its own
 * idempotency key (so two admins, two replicas or a retry cannot give back more than was paid), then
 * asked of the provider with that key (a retry after a crash refunds once), then settled with
 * {@code payment.payment.refunded} when the provider says it went through, at once or by webhook.
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class);
    static final String ORDER_CANCELLED = "order cancelled";
    /** Longer than a provider call with its retries may take: a PENDING refund older than that was interrupted. */
    private static final Duration ASK_AGAIN_AFTER = Duration.ofMinutes(2);

    private final PaymentRepository payments;
    private final PaymentProviders providers;

    Refunds(PaymentRepository payments, PaymentProviders providers) {
        this.payments = payments;
        this.providers = providers;
    }

    /**
     * Refunds {@code amount} of a succeeded payment (all that is left when null): 409 unless it
     * succeeded, 422 beyond what is left. The record returned is SUCCEEDED, or PENDING while the
     * provider has not confirmed it (or could not be reached: it is asked again later).
     */
    public Payment.RefundRecord refund(String paymentId, Money amount, String reason, Cause cause) {
        Payment.RefundRecord asked = payments.modify(paymentId, cause, (payment, events) -> {
                    if (payment.status != PaymentStatus.SUCCEEDED) {
                        throw new ConflictException(
                                "only a succeeded payment can be refunded; this one is " + payment.status);
                    }
                    Money left = payment.refundable();
                    Money wanted = amount == null ? left : amount;
                    if (!wanted.currency().equals(left.currency())) {
                        throw new UnprocessableException(
                                "the refund must be in " + left.currency(),
                                List.of(new Problem.FieldError(
                                        "amount.currency", "the payment is in " + left.currency())));
                    }
                    if (wanted.amount() <= 0 || wanted.amount() > left.amount()) {
                        throw new UnprocessableException(
                                "a refund must be between 1 and " + left,
                                List.of(new Problem.FieldError(
                                        "amount.amount", "at most " + left + " is left to refund")));
                    }
                    Payment.RefundRecord refund = new Payment.RefundRecord();
                    refund.key = payment.id + "-refund-" + (payment.refunds.size() + 1);
                    refund.amount = wanted;
                    refund.status = Payment.RefundState.PENDING;
                    refund.reason = reason;
                    refund.requestedAt = Instant.now();
                    payment.refunds.add(refund);
                    return refund;
                })
                .orElseThrow(() -> new NotFoundException("no payment " + paymentId));
        return send(paymentId, asked.key, cause);
    }

    /** Asks the provider for a PENDING refund (again, after a failure: same key, refunded once). */
    Payment.RefundRecord send(String paymentId, String key, Cause cause) {
        Payment payment = payments.findById(paymentId);
        Payment.RefundRecord refund = byKey(payment, key).orElseThrow();
        ProviderRefund answer;
        try {
            answer = providers.byId(payment.provider).refund(payment.reference, refund.amount, key);
        } catch (ProviderUnavailableException e) {
            LOG.warnf("refund %s stays pending: %s", key, e.getMessage());
            return refund;
        }
        return payments.modify(paymentId, cause, (current, events) -> {
                    Payment.RefundRecord r = byKey(current, key).orElseThrow();
                    if (r.status != Payment.RefundState.PENDING) {
                        return r;
                    }
                    r.id = answer.id();
                    switch (answer.status()) {
                        case SUCCEEDED -> settle(current, r, events);
                        case FAILED -> r.status = Payment.RefundState.FAILED;
                        case PENDING -> {
                            // the provider's webhook settles it
                        }
                    }
                    return r;
                })
                .orElseThrow();
    }

    /** Marks a payment as belonging to a cancelled order, once. */
    void markOrderCancelled(String paymentId, Cause cause) {
        payments.modify(paymentId, cause, (payment, events) -> payment.orderCancelled = true);
    }

    /** Gives back what is left of a succeeded payment whose order was cancelled, unless already asked. */
    void refundIfDue(String paymentId, Cause cause) {
        Payment payment = payments.findById(paymentId);
        if (payment == null || !isDue(payment)) {
            return;
        }
        try {
            refund(paymentId, null, ORDER_CANCELLED, cause);
        } catch (ConflictException | UnprocessableException raced) {
            // another replica or the webhook got there first
        }
    }

    /** Due unless the provider already refused an automatic refund of it: then it is an admin's call. */
    static boolean isDue(Payment payment) {
        return payment.orderCancelled
                && payment.status == PaymentStatus.SUCCEEDED
                && payment.refundable().amount() > 0
                && payment.refunds.stream()
                        .noneMatch(r -> r.status == Payment.RefundState.FAILED && ORDER_CANCELLED.equals(r.reason));
    }

    /** Payments with a refund to ask for or to ask again, for the engine's periodic job. */
    int retryPending(int limit) {
        int done = 0;
        Instant stale = Instant.now().minus(ASK_AGAIN_AFTER);
        Document interrupted = new Document(
                "refunds",
                new Document(
                        "$elemMatch",
                        new Document("status", Payment.RefundState.PENDING.name())
                                .append("id", null)
                                .append("requestedAt", new Document("$lt", Date.from(stale)))));
        Document due = new Document("orderCancelled", true)
                .append("status", PaymentStatus.SUCCEEDED.name())
                .append(
                        "refunds.status",
                        new Document(
                                "$nin",
                                List.of(Payment.RefundState.PENDING.name(), Payment.RefundState.FAILED.name())));
        List<Payment> candidates = payments.find(new Document("$or", List.of(interrupted, due)))
                .page(0, limit)
                .list();
        Cause cause = Cause.scheduled();
        for (Payment payment : candidates) {
            try {
                for (Payment.RefundRecord r : payment.refunds) {
                    if (r.status == Payment.RefundState.PENDING && r.id == null && r.requestedAt.isBefore(stale)) {
                        send(payment.id, r.key, cause);
                        done++;
                    }
                }
                if (isDue(payment)) {
                    refundIfDue(payment.id, cause);
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "refunds of payment %s: left for the next run", payment.id);
            }
        }
        return done;
    }

    /**
     * Refunds the provider reports (by webhook): each one settles our PENDING refund of that id or
     * amount, or is recorded as made at the provider (from its dashboard); what the reported total
     * still does not explain is settled the same way when none of ours is pending. Nothing is ever
     * counted beyond what was paid. Returns whether anything changed.
     */
    static boolean settleReported(Payment payment, ProviderEvent event, EventBuffer events) {
        boolean changed = false;
        for (ProviderEvent.Refund r : event.refunds()) {
            changed |= settleOne(payment, r.id(), r.amount(), event.eventId(), events);
        }
        // A total nothing listed explains is a refund made at the provider (its dashboard) — unless
        // refunds of ours are still pending: those are settled by the provider's answer, by id.
        Money unexplained = event.refundedTotal().minus(payment.refunded);
        boolean pending = payment.refunds.stream().anyMatch(r -> r.status == Payment.RefundState.PENDING);
        if (unexplained.amount() > 0 && !pending) {
            changed |= settleOne(payment, null, unexplained, event.eventId(), events);
        }
        return changed;
    }

    private static boolean settleOne(Payment payment, String id, Money amount, String eventId, EventBuffer events) {
        Payment.RefundRecord refund = Optional.ofNullable(id)
                .flatMap(known ->
                        payment.refunds.stream().filter(r -> known.equals(r.id)).findFirst())
                .or(() -> payment.refunds.stream()
                        .filter(r -> r.status == Payment.RefundState.PENDING && r.amount.equals(amount))
                        .findFirst())
                .orElse(null);
        if ((refund != null && refund.status == Payment.RefundState.SUCCEEDED)
                || payment.refunded.plus(amount).compareTo(payment.amount) > 0) {
            return false; // already counted, or more than was paid: never counted twice
        }
        if (refund == null) {
            refund = new Payment.RefundRecord();
            refund.key = eventId;
            refund.amount = amount;
            refund.reason = "refunded at the provider";
            refund.requestedAt = Instant.now();
            payment.refunds.add(refund);
        }
        if (refund.id == null) {
            refund.id = id != null ? id : eventId;
        }
        settle(payment, refund, events);
        return true;
    }

    private static void settle(Payment payment, Payment.RefundRecord refund, EventBuffer events) {
        refund.status = Payment.RefundState.SUCCEEDED;
        payment.refunded = payment.refunded.plus(refund.amount);
        payment.updatedAt = Instant.now();
        boolean full = payment.refunded.compareTo(payment.amount) >= 0;
        if (full) {
            payment.status = PaymentStatus.REFUNDED;
            PaymentService.record(payment, events);
        }
        events.add(
                Topic.PAYMENT_PAYMENT_REFUNDED,
                payment.id,
                new PaymentRefunded(
                        payment.id,
                        payment.orderId,
                        payment.customerId,
                        refund.amount,
                        refund.id,
                        refund.reason,
                        payment.refunded,
                        full));
    }

    private static Optional<Payment.RefundRecord> byKey(Payment payment, String key) {
        return payment.refunds.stream().filter(r -> key.equals(r.key)).findFirst();
    }
}
