package io.comptoir.payment.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.payment.PaymentInitiated;
import io.comptoir.events.payment.PaymentRecorded;
import io.comptoir.events.payment.PaymentRequested;
import io.comptoir.events.payment.PaymentUpdated;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.payment.provider.PaymentOrder;
import io.comptoir.payment.provider.PaymentProvider;
import io.comptoir.payment.provider.PaymentProviders;
import io.comptoir.payment.provider.ProviderAttempt;
import io.comptoir.payment.provider.ProviderUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The payment engine's answer to {@code payment.payment.requested}: the provider is called first
 * (with the payment id as idempotency key, so a redelivered request charges once), then the payment
 * is stored with its reply — {@code payment.payment.initiated}, or {@code failed} — in one write.
 * A payment whose order was cancelled is refunded when its money comes in.
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final CancelledOrderRepository cancelledOrders;
    private final PaymentProviders providers;
    private final Refunds refunds;
    private final ProviderNotifications notifications;

    PaymentService(
            PaymentRepository payments,
            CancelledOrderRepository cancelledOrders,
            PaymentProviders providers,
            Refunds refunds,
            ProviderNotifications notifications) {
        this.payments = payments;
        this.cancelledOrders = cancelledOrders;
        this.providers = providers;
        this.refunds = refunds;
        this.notifications = notifications;
    }

    /**
     * What the provider said, or why it was not asked. {@code retryable}: the provider could not be
     * reached (or no provider takes the method), so the payment stays open and the same request may
     * come again.
     */
    private record Outcome(String provider, ProviderAttempt attempt, boolean retryable) {

        static Outcome unavailable(String provider, String code, String message) {
            return new Outcome(provider, ProviderAttempt.failed(null, code, message), true);
        }
    }

    public void onRequested(PaymentRequested request, EventEnvelope event) {
        Optional<Payment> known = payments.findByIdOptional(request.paymentId());
        Outcome outcome = ask(request, event, known);
        payments.apply(request.paymentId(), event, () -> newPayment(request, outcome.provider()), (payment, events) -> {
            if (outcome.retryable()) {
                // Not a refusal: the provider may even have taken it (a time-out), so nothing moves;
                // the next request for this payment asks again under the same idempotency key.
                if (payment.status == null) {
                    payment.status = PaymentStatus.PENDING;
                }
                payment.updatedAt = Instant.now();
                ProviderAttempt unreached = outcome.attempt();
                events.add(
                        Topic.PAYMENT_PAYMENT_FAILED,
                        payment.id,
                        failed(payment, unreached.failureCode(), unreached.failureMessage(), true));
                return;
            }
            if (outcome.attempt() != null) {
                advance(payment, outcome.attempt(), events, false);
            }
            reply(payment, events);
        });
        Cause cause = Cause.of(event);
        if (known.isEmpty() && cancelledOrders.isCancelled(request.orderId())) {
            // cancelled while the provider was being asked: the cancellation may have missed it
            refunds.markOrderCancelled(request.paymentId(), cause);
        }
        payments.findByIdOptional(request.paymentId()).ifPresent(stored -> {
            if (stored.reference != null) {
                notifications.applyParked(stored.reference, cause);
            }
            refunds.refundIfDue(stored.id, cause);
        });
    }

    private Outcome ask(PaymentRequested request, EventEnvelope event, Optional<Payment> known) {
        Optional<PaymentProvider> provider = providers.forMethod(request.method());
        if (provider.isEmpty()) {
            return Outcome.unavailable(
                    "none", "method_unavailable", "no provider takes " + request.method() + " payments here");
        }
        PaymentProvider chosen = provider.get();
        if (known.isEmpty() && cancelledOrders.isCancelled(request.orderId())) {
            // The cancellation was handled first (another topic): nothing to charge any more.
            return new Outcome(
                    chosen.id(), ProviderAttempt.failed(null, "order_cancelled", "the order was cancelled"), false);
        }
        try {
            Payment payment = known.orElse(null);
            if (payment != null && payment.reference != null) {
                // Asked again for the same payment: the customer acted (3-D Secure); go on with it.
                return new Outcome(
                        chosen.id(),
                        payment.status == PaymentStatus.REQUIRES_ACTION
                                ? chosen.resume(payment.reference, payment.id + "-resume-" + event.id())
                                : null,
                        false);
            }
            if (payment != null && payment.status != PaymentStatus.PENDING) {
                return new Outcome(chosen.id(), null, false); // refused before the provider named it
            }
            return new Outcome(
                    chosen.id(),
                    chosen.start(new PaymentOrder(
                            request.paymentId(),
                            request.orderId(),
                            request.customerId(),
                            request.amount(),
                            request.paymentMethodId(),
                            request.returnUrl())),
                    false);
        } catch (ProviderUnavailableException e) {
            LOG.warnf("payment %s: %s", request.paymentId(), e.getMessage());
            return Outcome.unavailable(chosen.id(), "provider_unavailable", e.getMessage());
        }
    }

    private Payment newPayment(PaymentRequested request, String provider) {
        Instant now = Instant.now();
        Payment payment = new Payment();
        payment.orderId = request.orderId();
        payment.customerId = request.customerId();
        payment.attempt = request.attempt();
        payment.amount = request.amount();
        payment.method = request.method();
        payment.provider = provider;
        payment.refunded = Money.of(0, request.amount().currency());
        payment.orderCancelled = cancelledOrders.isCancelled(request.orderId());
        payment.createdAt = now;
        payment.createdDay = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        payment.updatedAt = now;
        return payment;
    }

    /** The answer the requester awaits: initiated with where the payment stands, or failed. */
    private static void reply(Payment payment, EventBuffer events) {
        if (payment.status == PaymentStatus.FAILED) {
            events.add(
                    Topic.PAYMENT_PAYMENT_FAILED,
                    payment.id,
                    failed(payment, payment.failureCode, payment.failureMessage, false));
        } else {
            events.add(
                    Topic.PAYMENT_PAYMENT_INITIATED,
                    payment.id,
                    new PaymentInitiated(
                            payment.id,
                            payment.orderId,
                            payment.customerId,
                            payment.amount,
                            payment.provider,
                            payment.reference,
                            payment.status.name(),
                            payment.status == PaymentStatus.REQUIRES_ACTION ? payment.clientSecret : null,
                            payment.status == PaymentStatus.REQUIRES_ACTION,
                            payment.status == PaymentStatus.REQUIRES_ACTION ? payment.nextActionUrl : null));
        }
    }

    /**
     * Moves the payment forward to what the provider says, never back; {@code announce} emits the
     * failure or the intermediate status (a request's reply says those itself). Success always
     * emits {@code payment.payment.completed}. Returns whether anything changed.
     */
    static boolean advance(Payment payment, ProviderAttempt attempt, EventBuffer events, boolean announce) {
        if (payment.reference == null && attempt.reference() != null) {
            payment.reference = attempt.reference();
        }
        if (attempt.clientSecret() != null) {
            payment.clientSecret = attempt.clientSecret();
            payment.nextActionUrl = attempt.nextActionUrl();
        }
        PaymentStatus target = attempt.status();
        if (payment.status != null && !payment.status.isBefore(target)) {
            return false;
        }
        Instant now = Instant.now();
        payment.status = target;
        payment.updatedAt = now;
        switch (target) {
            case SUCCEEDED -> {
                payment.completedAt = now;
                events.add(
                        Topic.PAYMENT_PAYMENT_COMPLETED,
                        payment.id,
                        new PaymentCompleted(
                                payment.id,
                                payment.orderId,
                                payment.customerId,
                                payment.amount,
                                payment.provider,
                                payment.reference,
                                now));
                record(payment, events);
            }
            case FAILED -> {
                payment.failureCode = attempt.failureCode();
                payment.failureMessage = attempt.failureMessage();
                if (announce) {
                    events.add(
                            Topic.PAYMENT_PAYMENT_FAILED,
                            payment.id,
                            failed(payment, payment.failureCode, payment.failureMessage, false));
                }
                record(payment, events);
            }
            default -> {
                if (announce) {
                    events.add(
                            Topic.PAYMENT_PAYMENT_UPDATED,
                            payment.id,
                            new PaymentUpdated(payment.id, payment.orderId, target.name(), attempt.failureCode()));
                }
            }
        }
        return true;
    }

    private static PaymentFailed failed(Payment payment, String code, String message, boolean retryable) {
        return new PaymentFailed(
                payment.id, payment.orderId, payment.customerId, payment.amount, code, message, retryable);
    }

    /** One outcome for the admin analytics ({@code analytics.payment.recorded}). */
    static void record(Payment payment, EventBuffer events) {
        events.add(
                Topic.ANALYTICS_PAYMENT_RECORDED,
                payment.id,
                new PaymentRecorded(
                        payment.id,
                        payment.orderId,
                        payment.method,
                        payment.status.name(),
                        payment.amount,
                        payment.updatedAt));
    }

    /** The order was cancelled: remembered for payments to come, and paid ones given back. */
    public void onOrderCancelled(OrderStatusChanged cancelled, EventEnvelope event) {
        cancelledOrders.apply(cancelled.orderId(), event, CancelledOrder::new, (order, events) -> {
            order.reason = cancelled.reason();
            order.cancelledAt = cancelled.changedAt();
        });
        Cause cause = Cause.of(event);
        for (Payment payment : payments.list("orderId", cancelled.orderId())) {
            refunds.markOrderCancelled(payment.id, cause);
            refunds.refundIfDue(payment.id, cause);
        }
    }
}
