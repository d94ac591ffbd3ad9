package io.comptoir.order.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.events.Topic;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.events.payment.PaymentInitiated;
import io.comptoir.events.payment.PaymentRefunded;
import io.comptoir.events.payment.PaymentRequested;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.events.Replies;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.problem.PaymentRequiredException;
import io.comptoir.kernel.problem.TimedOutException;
import io.comptoir.kernel.problem.UnavailableException;
import io.comptoir.order.config.OrderConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The order's side of the order ↔ payment saga. The customer's payment request is stored with the
 * order and sent through the outbox ({@code payment.payment.requested}, never HTTP to the payment
 * engine), then its answer is awaited over Kafka; the payment engine's events then confirm the
 * order (completed), cancel it (refused), or mark it refunded. A placed order not paid by its
 * deadline is cancelled; a payment that succeeds after that is refunded by the payment engine.
 */
@ApplicationScoped
public class OrderPayments {

    static final String PAYMENT_FAILED = "PAYMENT_FAILED";
    static final String PAYMENT_TIMEOUT = "PAYMENT_TIMEOUT";

    /** What the payment endpoint answers: the payment and what the customer must do next, if anything. */
    public record Answer(
            String paymentId, String status, String clientSecret, boolean requiresAction, String nextActionUrl) {}

    private record Sent(String paymentId, String requestId) {}

    private final OrderRepository orders;
    private final Replies replies;
    private final OrderConfig config;
    private final ObjectMapper json;

    OrderPayments(OrderRepository orders, Replies replies, OrderConfig config, ObjectMapper json) {
        this.orders = orders;
        this.replies = replies;
        this.config = config;
        this.json = json;
    }

    /**
     * Asks for the payment of a placed order (again after a failure the customer may retry: a new
     * attempt; after the customer's 3-D Secure: the same payment, to go on with it; while an
     * answer is awaited: no new request) and waits for the payment engine's answer: 402 when the
     * card is refused, 503 when the provider or Kafka cannot be reached (the request is kept and
     * sent when Kafka is back), 504 when no answer came in time.
     */
    public Answer pay(String orderId, String customerId, String paymentMethodId, String returnUrl, Cause cause) {
        Sent sent = orders.modify(orderId, cause, (order, events) -> {
                    if (!order.customerId.equals(customerId)) {
                        throw new NotFoundException("no order " + orderId);
                    }
                    if (order.paymentMethod == PaymentMethod.CASH_ON_DELIVERY) {
                        throw new ConflictException("this order is paid on delivery");
                    }
                    if (order.status != OrderStatus.PLACED) {
                        throw new ConflictException("the order is " + order.status + ": there is nothing to pay");
                    }
                    Order.PaymentState current = order.payment;
                    if (current != null && current.status == PaymentProgress.REQUESTED) {
                        return new Sent(current.paymentId, current.requestId);
                    }
                    if (current != null
                            && (current.status == PaymentProgress.PROCESSING
                                    || current.status == PaymentProgress.SUCCEEDED)) {
                        throw new ConflictException("payment " + current.paymentId + " is " + current.status);
                    }
                    if (order.paymentDueBy != null && order.paymentDueBy.isBefore(Instant.now())) {
                        throw new ConflictException("the payment deadline has passed: the order is being cancelled");
                    }
                    // The same payment again when the customer acted (3-D Secure) or the provider was
                    // unreachable (it may have charged meanwhile: the same idempotency key finds it).
                    boolean same = current != null
                            && (current.status == PaymentProgress.REQUIRES_ACTION
                                    || (current.status == PaymentProgress.FAILED && current.retryable));
                    Order.PaymentState next = new Order.PaymentState();
                    next.attempt = same ? current.attempt : current == null ? 1 : current.attempt + 1;
                    next.paymentId = order.id + "-" + next.attempt;
                    next.status = PaymentProgress.REQUESTED;
                    next.requestedAt = Instant.now();
                    events.add(
                            Topic.PAYMENT_PAYMENT_REQUESTED,
                            order.id,
                            new PaymentRequested(
                                    next.paymentId,
                                    order.id,
                                    order.customerId,
                                    next.attempt,
                                    order.total,
                                    order.paymentMethod.name(),
                                    paymentMethodId,
                                    returnUrl));
                    next.requestId = events.lastEventId();
                    order.payment = next;
                    return new Sent(next.paymentId, next.requestId);
                })
                .orElseThrow(() -> new NotFoundException("no order " + orderId));
        return awaitAnswer(orderId, sent);
    }

    /** The payment engine's answer, as {@link Replies#await} gets it; 503 or 504 when none came. */
    private Answer awaitAnswer(String orderId, Sent sent) {
        return replies.await(sent.requestId(), config.paymentReplyTimeout(), this::apply, () -> orders.findByIdOptional(
                                orderId)
                        .map(order -> order.payment)
                        .filter(payment -> sent.requestId().equals(payment.answeredRequestId))
                        .map(OrderPayments::answer))
                .orElseThrow(() -> orders.isPending(orderId, sent.requestId())
                        ? new UnavailableException("payments cannot be reached now; the request for payment "
                                + sent.paymentId() + " is kept and sent as soon as they can")
                        : new TimedOutException("the payment engine has not answered yet for payment "
                                + sent.paymentId() + "; ask again to get its answer"));
    }

    private void apply(EventEnvelope reply) {
        if (reply.topic() == Topic.PAYMENT_PAYMENT_FAILED) {
            onFailed(read(reply, PaymentFailed.class), reply);
        } else {
            onInitiated(read(reply, PaymentInitiated.class), reply);
        }
    }

    private static Answer answer(Order.PaymentState payment) {
        if (payment.answerStatus == PaymentProgress.FAILED) {
            String why = "(" + payment.failureCode + "): " + payment.failureMessage;
            if (payment.retryable) {
                throw new UnavailableException("the payment could not be made now " + why);
            }
            throw new PaymentRequiredException("the payment was refused " + why);
        }
        boolean acting = payment.answerStatus == PaymentProgress.REQUIRES_ACTION;
        return new Answer(
                payment.paymentId,
                payment.answerStatus.name(),
                acting ? payment.clientSecret : null,
                acting,
                acting ? payment.nextActionUrl : null);
    }

    private <T> T read(EventEnvelope reply, Class<T> type) {
        try {
            return json.readValue(reply.data(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable reply " + reply.id(), e);
        }
    }

    public void onInitiated(PaymentInitiated initiated, EventEnvelope event) {
        progress(initiated.orderId(), initiated.paymentId(), event, (order, payment, events) -> {
            PaymentProgress reached = PaymentProgress.valueOf(initiated.status());
            payment.answeredRequestId = event.causationId();
            payment.answerStatus = reached;
            payment.clientSecret = initiated.clientSecret();
            payment.nextActionUrl = initiated.nextActionUrl();
            if (payment.status.compareTo(reached) < 0) {
                payment.status = reached;
            }
        });
    }

    /**
     * Paid: a placed order awaiting its payment is confirmed (a cancelled one stays so: the payment
     * engine refunds it; one paid on delivery is confirmed by an admin, as the payment comes later;
     * one held by the fraud engine confirms when cleared).
     */
    public void onCompleted(PaymentCompleted completed, EventEnvelope event) {
        orders.applyIfPresent(completed.orderId(), event, (order, events) -> {
            Order.PaymentState payment = state(order, completed.paymentId());
            payment.status = PaymentProgress.SUCCEEDED;
            order.payment = payment;
            if (order.status == OrderStatus.PLACED
                    && order.paymentMethod != PaymentMethod.CASH_ON_DELIVERY
                    && !FraudHold.held(order)) {
                OrderService.move(order, OrderStatus.CONFIRMED, null, events);
            }
        });
    }

    /** Refused: the order is cancelled and its stock released; a provider outage cancels nothing. */
    public void onFailed(PaymentFailed failed, EventEnvelope event) {
        progress(failed.orderId(), failed.paymentId(), event, (order, payment, events) -> {
            payment.answeredRequestId = event.causationId();
            payment.answerStatus = PaymentProgress.FAILED;
            payment.failureCode = failed.errorCode();
            payment.failureMessage = failed.errorMessage();
            payment.retryable = failed.retryable();
            if (payment.status == PaymentProgress.SUCCEEDED || payment.status == PaymentProgress.REFUNDED) {
                return;
            }
            payment.status = PaymentProgress.FAILED;
            if (!failed.retryable() && order.status == OrderStatus.PLACED) {
                order.paymentDueBy = null;
                OrderService.move(order, OrderStatus.CANCELLED, PAYMENT_FAILED, events);
            }
        });
    }

    /** Given back in full: the order is refunded (loyalty points reversed, credit note issued). */
    public void onRefunded(PaymentRefunded refunded, EventEnvelope event) {
        orders.applyIfPresent(refunded.orderId(), event, (order, events) -> {
            if (order.payment != null && refunded.paymentId().equals(order.payment.paymentId)) {
                order.payment.refunded = refunded.refundedTotal();
                if (refunded.fullyRefunded()) {
                    order.payment.status = PaymentProgress.REFUNDED;
                }
            }
            if (refunded.fullyRefunded() && order.status.canBecome(OrderStatus.REFUNDED)) {
                OrderService.move(order, OrderStatus.REFUNDED, "payment refunded", events);
            }
        });
    }

    /** Cancels the placed orders whose payment deadline passed unpaid; returns how many. */
    public int cancelUnpaid(int limit) {
        Instant now = Instant.now();
        return orders.modifyEach(
                orders.find("status = ?1 and paymentDueBy < ?2", OrderStatus.PLACED.name(), now)
                        .page(0, limit)
                        .list(),
                Cause.scheduled(),
                (order, events) -> {
                    boolean unpaid = order.payment == null || order.payment.status != PaymentProgress.SUCCEEDED;
                    if (order.status == OrderStatus.PLACED
                            && order.paymentDueBy != null
                            && order.paymentDueBy.isBefore(now)
                            && unpaid) {
                        order.paymentDueBy = null;
                        OrderService.move(order, OrderStatus.CANCELLED, PAYMENT_TIMEOUT, events);
                        return true;
                    }
                    return false;
                });
    }

    private interface PaymentChange {
        void apply(Order order, Order.PaymentState payment, EventBuffer events);
    }

    /** Applies news of one payment to the order, unless it is about an attempt the order has moved past. */
    private void progress(String orderId, String paymentId, EventEnvelope event, PaymentChange change) {
        orders.applyIfPresent(orderId, event, (order, events) -> {
            if (order.payment != null && !paymentId.equals(order.payment.paymentId)) {
                return;
            }
            Order.PaymentState payment = state(order, paymentId);
            order.payment = payment;
            change.apply(order, payment, events);
        });
    }

    private static Order.PaymentState state(Order order, String paymentId) {
        if (order.payment != null && paymentId.equals(order.payment.paymentId)) {
            return order.payment;
        }
        Order.PaymentState state = new Order.PaymentState();
        state.paymentId = paymentId;
        state.status = PaymentProgress.REQUESTED;
        return state;
    }
}
