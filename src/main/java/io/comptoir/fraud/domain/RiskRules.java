package io.comptoir.fraud.domain;

import io.comptoir.fraud.config.FraudConfig;
import io.comptoir.fraud.domain.Assessment.Component;
import io.comptoir.fraud.domain.Assessment.Rule;
import io.comptoir.fraud.domain.Assessment.Verdict;
import io.comptoir.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The score's rules, each judging an order against the customer's history as it stood when the
 * order was placed (entries after {@code placedAt} are ignored), so an assessment does not depend on
 * how late the fraud engine reads the event. Every rule explains itself, fired or not.
 */
final class RiskRules {

    private static final long[] UNITS = {86_400, 3_600, 60, 1};
    private static final String[] SUFFIXES = {"d", "h", "m", "s"};

    private final FraudConfig config;

    RiskRules(FraudConfig config) {
        this.config = config;
    }

    List<Component> assess(CustomerRisk history, String orderId, Money total, Instant placedAt) {
        return List.of(
                velocity(history, orderId, placedAt),
                amountAgainstHistory(history, total, placedAt),
                newAccountLargeBasket(history, total, placedAt),
                repeatedFailedPayments(history, placedAt));
    }

    /** The points of the rules that fired, added up and capped at 100. */
    static int score(List<Component> components) {
        return Math.min(100, components.stream().mapToInt(c -> c.points).sum());
    }

    /** HELD at or above the threshold, so an admin decides; PASSED under it. */
    Verdict verdict(int score) {
        return score >= config.threshold() ? Verdict.HELD : Verdict.PASSED;
    }

    private Component velocity(CustomerRisk history, String orderId, Instant placedAt) {
        Instant since = placedAt.minus(config.velocityWindow());
        long orders = 1
                + history.orders.stream()
                        .filter(o -> !o.orderId.equals(orderId) && within(o.placedAt, since, placedAt))
                        .count();
        String counted = orders + " order(s) within " + human(config.velocityWindow()) + ", this one included";
        return orders >= config.velocityOrders()
                ? new Component(
                        Rule.VELOCITY, config.velocityWeight(), counted + " (at least " + config.velocityOrders() + ")")
                : new Component(Rule.VELOCITY, 0, counted);
    }

    private Component amountAgainstHistory(CustomerRisk history, Money total, Instant placedAt) {
        List<Money> paid = history.paid.stream()
                .filter(p -> !p.at.isAfter(placedAt) && p.amount.currency().equals(total.currency()))
                .map(p -> p.amount)
                .toList();
        if (paid.size() < config.amountMinPayments()) {
            return new Component(
                    Rule.AMOUNT_AGAINST_HISTORY,
                    0,
                    paid.size() + " paid order(s) in " + total.currency() + ": too few to compare with (need "
                            + config.amountMinPayments() + ")");
        }
        long sum = paid.stream().mapToLong(Money::amount).sum();
        long average = BigDecimal.valueOf(sum)
                .divide(BigDecimal.valueOf(paid.size()), 0, RoundingMode.HALF_UP)
                .longValueExact();
        String compared = "total " + total + " against an average paid order of " + Money.of(average, total.currency())
                + " over " + paid.size() + " payment(s)";
        return total.amount() > average * config.amountFactor()
                ? new Component(
                        Rule.AMOUNT_AGAINST_HISTORY,
                        config.amountWeight(),
                        compared + ": more than " + config.amountFactor() + " times")
                : new Component(Rule.AMOUNT_AGAINST_HISTORY, 0, compared);
    }

    private Component newAccountLargeBasket(CustomerRisk history, Money total, Instant placedAt) {
        Money large = Money.of(config.largeBasket(), config.currency());
        if (!total.currency().equals(large.currency()) || total.amount() < large.amount()) {
            return new Component(
                    Rule.NEW_ACCOUNT_LARGE_BASKET, 0, "basket of " + total + " is under " + large + ": not large");
        }
        String basket = "basket of " + total + " (at least " + large + ")";
        if (history.onboardedAt == null) {
            return new Component(
                    Rule.NEW_ACCOUNT_LARGE_BASKET,
                    config.newAccountWeight(),
                    basket + " from an account of unknown age: no onboarding was seen for this customer");
        }
        Duration age = Duration.between(history.onboardedAt, placedAt);
        String account = "account opened " + human(age) + " before the order";
        return age.compareTo(config.newAccountAge()) < 0
                ? new Component(
                        Rule.NEW_ACCOUNT_LARGE_BASKET,
                        config.newAccountWeight(),
                        basket + " from an " + account + " (new: under " + human(config.newAccountAge()) + ")")
                : new Component(Rule.NEW_ACCOUNT_LARGE_BASKET, 0, basket + ", but " + account);
    }

    private Component repeatedFailedPayments(CustomerRisk history, Instant placedAt) {
        Instant since = placedAt.minus(config.failedPaymentsWindow());
        long refused = history.refused.stream()
                .filter(p -> within(p.at, since, placedAt))
                .count();
        String counted = refused + " refused payment(s) within " + human(config.failedPaymentsWindow());
        return refused >= config.failedPayments()
                ? new Component(
                        Rule.REPEATED_FAILED_PAYMENTS,
                        config.failedPaymentsWeight(),
                        counted + " (at least " + config.failedPayments() + ")")
                : new Component(Rule.REPEATED_FAILED_PAYMENTS, 0, counted);
    }

    private static boolean within(Instant at, Instant since, Instant until) {
        return at.isAfter(since) && !at.isAfter(until);
    }

    /** {@code 7d}, {@code 90m}: a whole number of the largest unit that fits, else (an age) the largest, rounded down. */
    private static String human(Duration d) {
        long seconds = d.toSeconds();
        for (int i = 0; i < UNITS.length - 1; i++) {
            if (seconds >= UNITS[i] && seconds % UNITS[i] == 0) {
                return seconds / UNITS[i] + SUFFIXES[i];
            }
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (seconds >= UNITS[i]) {
                return seconds / UNITS[i] + SUFFIXES[i];
            }
        }
        return "0s";
    }
}
