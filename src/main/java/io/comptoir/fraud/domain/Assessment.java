package io.comptoir.fraud.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk assessment of one order (its id is the order id, so an order is assessed once): the
 * score, every rule's outcome with its explanation, and the admin's decision when it was held.
 */
@MongoEntity(collection = "fraud_assessments")
public class Assessment extends Aggregate {

    public String customerId;
    public Money total;
    public Instant placedAt;
    public int score;
    public List<Component> components = new ArrayList<>();
    public Verdict verdict;
    public Instant assessedAt;
    public String decidedBy;
    public String decisionReason;
    public Instant decidedAt;

    /** One rule's outcome: the points it added (0 when it did not fire) and why. */
    public static class Component {
        public Rule rule;
        public int points;
        public String explanation;

        public Component() {}

        Component(Rule rule, int points, String explanation) {
            this.rule = rule;
            this.points = points;
            this.explanation = explanation;
        }
    }

    /** The rules of the score. */
    public enum Rule {
        VELOCITY,
        AMOUNT_AGAINST_HISTORY,
        NEW_ACCOUNT_LARGE_BASKET,
        REPEATED_FAILED_PAYMENTS
    }

    /**
     * PASSED under the threshold; HELD at or above it until an admin CLEARED or REJECTED it, or
     * WITHDRAWN when the order was cancelled first (out of stock, unpaid, by an admin).
     */
    public enum Verdict {
        PASSED,
        HELD,
        CLEARED,
        REJECTED,
        WITHDRAWN
    }

    /** The explanations of the rules that fired, as the flag event gives them. */
    List<String> reasons() {
        return components.stream()
                .filter(c -> c.points > 0)
                .map(c -> c.rule + " +" + c.points + ": " + c.explanation)
                .toList();
    }
}
