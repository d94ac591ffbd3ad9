package io.comptoir.fraud.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.customer.CustomerOnboarded;
import io.comptoir.events.fraud.OrderCleared;
import io.comptoir.events.fraud.OrderFlagged;
import io.comptoir.events.fraud.OrderRejected;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.payment.PaymentCompleted;
import io.comptoir.events.payment.PaymentFailed;
import io.comptoir.fraud.config.FraudConfig;
import io.comptoir.fraud.domain.Assessment.Verdict;
import io.comptoir.fraud.domain.CustomerRisk.OrderSeen;
import io.comptoir.fraud.domain.CustomerRisk.PaymentSeen;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.ConflictException;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scores each placed order from the customer's history the engine keeps from events, holds the
 * risky ones (fraud.order.flagged) and records the admin's decision (cleared or rejected).
 */
@ApplicationScoped
public class FraudService {

    private final CustomerRiskRepository customers;
    private final AssessmentRepository assessments;
    private final RiskRules rules;

    FraudService(CustomerRiskRepository customers, AssessmentRepository assessments, FraudConfig config) {
        this.customers = customers;
        this.assessments = assessments;
        this.rules = new RiskRules(config);
        // A threshold of 0 would hold orders no rule fired on, with no reason to give.
        if (config.threshold() < 1 || config.threshold() > 100) {
            throw new IllegalArgumentException("comptoir.fraud.threshold must be 1 to 100");
        }
    }

    public void onboarded(CustomerOnboarded customer, EventEnvelope event) {
        customers.apply(customer.customerId(), event, CustomerRisk::new, (risk, events) -> {
            if (risk.onboardedAt == null) {
                risk.onboardedAt = event.time();
            }
        });
    }

    public void paymentCompleted(PaymentCompleted payment, EventEnvelope event) {
        customers.apply(
                payment.customerId(),
                event,
                CustomerRisk::new,
                (risk, events) -> CustomerRisk.payment(
                        risk.paid, new PaymentSeen(payment.paymentId(), payment.amount(), payment.completedAt())));
    }

    /** Only refusals count: a provider outage ({@code retryable}) says nothing about the customer. */
    public void paymentFailed(PaymentFailed payment, EventEnvelope event) {
        if (payment.retryable()) {
            return;
        }
        customers.apply(
                payment.customerId(),
                event,
                CustomerRisk::new,
                (risk, events) -> CustomerRisk.payment(
                        risk.refused, new PaymentSeen(payment.paymentId(), payment.amount(), event.time())));
    }

    /**
     * Adds the order to the customer's history (once per order id), then assesses it against that
     * history: the assessment's id is the order id, so a redelivered placement assesses nothing again.
     */
    public void placed(OrderPlaced order, EventEnvelope event) {
        CustomerRisk history = customers
                .apply(
                        order.customerId(),
                        event,
                        CustomerRisk::new,
                        (risk, events) -> risk.order(new OrderSeen(order.orderId(), order.total(), order.placedAt())))
                .orElseThrow();
        Assessment assessment = new Assessment();
        assessment.id = order.orderId();
        assessment.customerId = order.customerId();
        assessment.total = order.total();
        assessment.placedAt = order.placedAt();
        assessment.components.addAll(rules.assess(history, order.orderId(), order.total(), order.placedAt()));
        assessment.score = RiskRules.score(assessment.components);
        assessment.verdict = rules.verdict(assessment.score);
        assessment.assessedAt = Instant.now();
        try {
            assessments.create(assessment, Cause.of(event), events -> {
                if (assessment.verdict == Verdict.HELD) {
                    events.add(
                            Topic.FRAUD_ORDER_FLAGGED,
                            assessment.id,
                            new OrderFlagged(
                                    assessment.id, assessment.customerId, assessment.score, assessment.reasons()));
                }
            });
        } catch (DuplicateAggregateException assessed) {
            // a redelivered placement, or another replica's meanwhile: the first assessment stands
        }
    }

    /** An order cancelled while held leaves the holds: there is nothing left to decide. */
    public void cancelled(OrderStatusChanged order, EventEnvelope event) {
        assessments.applyIfPresent(
                order.orderId(), event, (assessment, events) -> withdraw(assessment, order.reason()));
    }

    /** A held assessment is withdrawn, with the cancellation's reason if it has one; any other stays. */
    static void withdraw(Assessment assessment, String cancellationReason) {
        if (assessment.verdict == Verdict.HELD) {
            assessment.verdict = Verdict.WITHDRAWN;
            assessment.decisionReason =
                    cancellationReason == null ? "order cancelled" : "order cancelled (" + cancellationReason + ")";
            assessment.decidedAt = Instant.now();
        }
    }

    /** Releases a held order (fraud.order.cleared); 409 unless it is held. */
    public Assessment clear(String orderId, String reason, Cause cause) {
        return decide(orderId, Verdict.CLEARED, reason, cause);
    }

    /** Refuses a held order (fraud.order.rejected: the order engine cancels it); 409 unless it is held. */
    public Assessment reject(String orderId, String reason, Cause cause) {
        return decide(orderId, Verdict.REJECTED, reason, cause);
    }

    private Assessment decide(String orderId, Verdict verdict, String reason, Cause cause) {
        return assessments
                .modify(orderId, cause, (assessment, events) -> {
                    decide(assessment, verdict, reason, cause.userId(), events);
                    return assessment;
                })
                .orElseThrow(() -> new NotFoundException("no assessment of order " + orderId));
    }

    /** An admin's decision on a held order, announced; 409 unless it is held. */
    static void decide(Assessment assessment, Verdict verdict, String reason, String admin, EventBuffer events) {
        String orderId = assessment.id;
        if (assessment.verdict != Verdict.HELD) {
            throw new ConflictException(
                    "order " + orderId + " is " + assessment.verdict + ": only a held order can be decided");
        }
        assessment.verdict = verdict;
        assessment.decidedBy = admin;
        assessment.decisionReason = reason;
        assessment.decidedAt = Instant.now();
        if (verdict == Verdict.CLEARED) {
            events.add(
                    Topic.FRAUD_ORDER_CLEARED,
                    orderId,
                    new OrderCleared(orderId, assessment.customerId, assessment.score, reason, admin));
        } else {
            events.add(
                    Topic.FRAUD_ORDER_REJECTED,
                    orderId,
                    new OrderRejected(orderId, assessment.customerId, assessment.score, reason, admin));
        }
    }

    /** The history kept of a customer: when onboarded, and how many orders, payments and refusals it holds. */
    public record CustomerHistory(String customerId, Instant onboardedAt, int orders, int paid, int refused) {}

    public Optional<CustomerHistory> history(String customerId) {
        return customers
                .findByIdOptional(customerId)
                .map(c -> new CustomerHistory(c.id, c.onboardedAt, c.orders.size(), c.paid.size(), c.refused.size()));
    }

    public Optional<Assessment> assessment(String orderId) {
        return assessments.findByIdOptional(orderId);
    }

    /** Orders awaiting a decision, oldest first. */
    public PageResponse<Assessment> holds(PageRequest paging) {
        return paging.of(assessments.find("verdict", Sort.by("placedAt").and("_id"), Verdict.HELD.name()));
    }

    /** Assessments by verdict, their average score, and the customers whose history is kept. */
    public record FraudStats(long assessed, Map<Verdict, Long> verdicts, BigDecimal averageScore, long customers) {}

    public FraudStats stats() {
        Map<Verdict, Long> verdicts = new LinkedHashMap<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, assessments.count("verdict", verdict.name()));
        }
        long assessed = assessments.count();
        long scores = assessments.sum("score").get("score");
        return new FraudStats(
                assessed,
                verdicts,
                assessed == 0
                        ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(scores).divide(BigDecimal.valueOf(assessed), 2, RoundingMode.HALF_UP),
                customers.count());
    }
}
