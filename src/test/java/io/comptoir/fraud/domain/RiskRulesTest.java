package io.comptoir.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.fraud.OrderCleared;
import io.comptoir.events.fraud.OrderRejected;
import io.comptoir.fraud.config.FraudConfig;
import io.comptoir.fraud.domain.Assessment.Component;
import io.comptoir.fraud.domain.Assessment.Rule;
import io.comptoir.fraud.domain.Assessment.Verdict;
import io.comptoir.fraud.domain.CustomerRisk.OrderSeen;
import io.comptoir.fraud.domain.CustomerRisk.PaymentSeen;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.RecordedEvents;
import io.comptoir.kernel.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fraud score under the default settings, rule by rule with each explanation: velocity (5
 * orders in 1 h: 30), amount against history (over 3× the average of at least 2 paid orders: 30),
 * new account and large basket (500,000 XOF from an account under 7 days or of unknown age: 40),
 * repeated failed payments (2 refusals in 1 day: 30); held from 60, at most 100.
 */
class RiskRulesTest {

    record Settings(
            int threshold,
            int velocityWeight,
            int velocityOrders,
            Duration velocityWindow,
            int amountWeight,
            int amountFactor,
            int amountMinPayments,
            int newAccountWeight,
            Duration newAccountAge,
            long largeBasket,
            String currency,
            int failedPaymentsWeight,
            int failedPayments,
            Duration failedPaymentsWindow)
            implements FraudConfig {

        Settings withThreshold(int threshold) {
            return new Settings(
                    threshold,
                    velocityWeight,
                    velocityOrders,
                    velocityWindow,
                    amountWeight,
                    amountFactor,
                    amountMinPayments,
                    newAccountWeight,
                    newAccountAge,
                    largeBasket,
                    currency,
                    failedPaymentsWeight,
                    failedPayments,
                    failedPaymentsWindow);
        }
    }

    private static final Settings DEFAULTS = new Settings(
            60,
            30,
            5,
            Duration.ofHours(1),
            30,
            3,
            2,
            40,
            Duration.ofDays(7),
            500_000,
            "XOF",
            30,
            2,
            Duration.ofDays(1));

    private static final Instant PLACED = Instant.parse("2026-03-10T12:00:00Z");

    private final RiskRules rules = new RiskRules(DEFAULTS);
    private final CustomerRisk history = new CustomerRisk();

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    private static Instant before(Duration d) {
        return PLACED.minus(d);
    }

    /** A customer onboarded long ago, so only the rule under test can fire. */
    private CustomerRisk known() {
        history.onboardedAt = before(Duration.ofDays(400));
        return history;
    }

    private void ordered(String orderId, Instant at) {
        history.order(new OrderSeen(orderId, xof(10_000), at));
    }

    private void paid(String paymentId, Money amount, Instant at) {
        CustomerRisk.payment(history.paid, new PaymentSeen(paymentId, amount, at));
    }

    private void refused(String paymentId, Instant at) {
        CustomerRisk.payment(history.refused, new PaymentSeen(paymentId, xof(10_000), at));
    }

    private Component rule(Rule rule, Money total) {
        return rules.assess(history, "o-now", total, PLACED).stream()
                .filter(c -> c.rule == rule)
                .findFirst()
                .orElseThrow();
    }

    private static String outcome(Component c) {
        return c.points + " " + c.explanation;
    }

    @Test
    void everyRuleExplainsItselfEvenWhenItDoesNotFire() {
        known();
        List<Component> quiet = rules.assess(history, "o-now", xof(25_000), PLACED);
        assertThat(quiet)
                .extracting(c -> c.rule + " " + outcome(c))
                .containsExactly(
                        "VELOCITY 0 1 order(s) within 1h, this one included",
                        "AMOUNT_AGAINST_HISTORY 0 0 paid order(s) in XOF: too few to compare with (need 2)",
                        "NEW_ACCOUNT_LARGE_BASKET 0 basket of 25000 XOF is under 500000 XOF: not large",
                        "REPEATED_FAILED_PAYMENTS 0 0 refused payment(s) within 1d");
        assertThat(RiskRules.score(quiet)).isZero();
    }

    @Test
    void fiveOrdersWithinTheHourThisOneIncludedFireVelocity() {
        known();
        ordered("o-now", PLACED); // the order itself, already in the history: counted once
        ordered("o1", before(Duration.ofMinutes(10)));
        ordered("o2", before(Duration.ofMinutes(20)));
        ordered("o3", before(Duration.ofMinutes(30)));
        ordered("o4", before(Duration.ofMinutes(59).plusSeconds(59)));
        assertThat(outcome(rule(Rule.VELOCITY, xof(10_000))))
                .isEqualTo("30 5 order(s) within 1h, this one included (at least 5)");
    }

    @Test
    void anOrderExactlyAnHourOldOrPlacedLaterDoesNotCount() {
        known();
        ordered("o1", before(Duration.ofMinutes(10)));
        ordered("o2", before(Duration.ofMinutes(20)));
        ordered("o3", before(Duration.ofMinutes(30)));
        ordered("o4", before(Duration.ofHours(1)));
        ordered("o5", PLACED.plusSeconds(1));
        assertThat(outcome(rule(Rule.VELOCITY, xof(10_000)))).isEqualTo("0 4 order(s) within 1h, this one included");
    }

    @Test
    void moreThanThreeTimesTheAveragePaidOrderFiresTheAmountRule() {
        known();
        paid("p1", xof(20_000), before(Duration.ofDays(30)));
        paid("p2", xof(30_000), PLACED); // paid at the very moment: counts
        paid("p3", xof(900_000), PLACED.plusSeconds(1)); // after the order: ignored
        paid("p4", Money.of(500_000, "EUR"), before(Duration.ofDays(3))); // another currency: ignored
        // Average 25,000: exactly three times, 75,000, is not more.
        assertThat(outcome(rule(Rule.AMOUNT_AGAINST_HISTORY, xof(75_000))))
                .isEqualTo("0 total 75000 XOF against an average paid order of 25000 XOF over 2 payment(s)");
        assertThat(outcome(rule(Rule.AMOUNT_AGAINST_HISTORY, xof(75_001))))
                .isEqualTo("30 total 75001 XOF against an average paid order of 25000 XOF over 2 payment(s):"
                        + " more than 3 times");
    }

    @Test
    void theAverageIsRoundedHalfUpToTheFrancAndOnePaymentIsTooFew() {
        known();
        paid("p1", xof(10_000), before(Duration.ofDays(2)));
        assertThat(outcome(rule(Rule.AMOUNT_AGAINST_HISTORY, xof(1_000_000))))
                .isEqualTo("0 1 paid order(s) in XOF: too few to compare with (need 2)");
        paid("p2", xof(10_001), before(Duration.ofDays(1)));
        // 20,001 / 2 = 10,000.5 → 10,001; 3 × 10,001 = 30,003.
        assertThat(rule(Rule.AMOUNT_AGAINST_HISTORY, xof(30_003)).points).isZero();
        assertThat(outcome(rule(Rule.AMOUNT_AGAINST_HISTORY, xof(30_004))))
                .startsWith("30 total 30004 XOF against an average paid order of 10001 XOF");
    }

    @Test
    void aLargeBasketFromAnAccountUnderSevenDaysOrOfUnknownAgeFires() {
        assertThat(outcome(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(600_000))))
                .isEqualTo("40 basket of 600000 XOF (at least 500000 XOF) from an account of unknown age:"
                        + " no onboarding was seen for this customer");
        history.onboardedAt = before(Duration.ofDays(6));
        assertThat(outcome(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(500_000))))
                .isEqualTo("40 basket of 500000 XOF (at least 500000 XOF) from an account opened 6d before the order"
                        + " (new: under 7d)");
        history.onboardedAt = before(Duration.ofDays(7));
        assertThat(outcome(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(500_000))))
                .isEqualTo("0 basket of 500000 XOF (at least 500000 XOF), but account opened 7d before the order");
    }

    @Test
    void underTheLargeBasketOrInAnotherCurrencyTheAccountsAgeDoesNotMatter() {
        assertThat(outcome(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(499_999))))
                .isEqualTo("0 basket of 499999 XOF is under 500000 XOF: not large");
        assertThat(outcome(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, Money.of(600_000, "EUR"))))
                .isEqualTo("0 basket of 6000.00 EUR is under 500000 XOF: not large");
    }

    @Test
    void agesAreGivenInTheLargestWholeUnitElseRoundedDown() {
        // 3 days 5 hours and 17 seconds: no unit divides it, so the largest that fits, rounded down.
        history.onboardedAt = before(Duration.ofDays(3).plusHours(5).plusSeconds(17));
        assertThat(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(500_000)).explanation)
                .contains("account opened 3d before the order");
        // 36 hours: whole hours, not 1 day.
        history.onboardedAt = before(Duration.ofHours(36));
        assertThat(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(500_000)).explanation)
                .contains("account opened 36h before the order");
        history.onboardedAt = PLACED;
        assertThat(rule(Rule.NEW_ACCOUNT_LARGE_BASKET, xof(500_000)).explanation)
                .contains("account opened 0s before the order");
    }

    @Test
    void twoRefusalsWithinADayFireTheFailedPaymentsRule() {
        known();
        refused("r1", before(Duration.ofDays(1))); // exactly a day old: out of the window
        refused("r2", before(Duration.ofHours(23)));
        assertThat(outcome(rule(Rule.REPEATED_FAILED_PAYMENTS, xof(10_000))))
                .isEqualTo("0 1 refused payment(s) within 1d");
        refused("r3", before(Duration.ofMinutes(5)));
        refused("r3", before(Duration.ofMinutes(5))); // the same refusal seen again counts once
        assertThat(outcome(rule(Rule.REPEATED_FAILED_PAYMENTS, xof(10_000))))
                .isEqualTo("30 2 refused payment(s) within 1d (at least 2)");
    }

    @Test
    void theScoreAddsTheRulesUpToAHundredAndSixtyIsHeld() {
        // Every rule fires: 30 + 30 + 40 + 30 = 130, capped at 100.
        for (int i = 1; i <= 4; i++) {
            ordered("o" + i, before(Duration.ofMinutes(i)));
        }
        paid("p1", xof(20_000), before(Duration.ofDays(10)));
        paid("p2", xof(20_000), before(Duration.ofDays(9)));
        refused("r1", before(Duration.ofHours(2)));
        refused("r2", before(Duration.ofHours(1)));
        List<Component> all = rules.assess(history, "o-now", xof(600_000), PLACED);
        assertThat(all).extracting(c -> c.points).containsExactly(30, 30, 40, 30);
        assertThat(RiskRules.score(all)).isEqualTo(100);

        assertThat(rules.verdict(100)).isEqualTo(Verdict.HELD);
        assertThat(rules.verdict(60)).isEqualTo(Verdict.HELD);
        assertThat(rules.verdict(59)).isEqualTo(Verdict.PASSED);
        assertThat(rules.verdict(0)).isEqualTo(Verdict.PASSED);
        // A new account's large basket alone (40) passes; with velocity (70) it is held.
        assertThat(rules.verdict(RiskRules.score(List.of(
                        new Component(Rule.NEW_ACCOUNT_LARGE_BASKET, 40, "new"),
                        new Component(Rule.VELOCITY, 0, "calm")))))
                .isEqualTo(Verdict.PASSED);
        assertThat(rules.verdict(RiskRules.score(List.of(
                        new Component(Rule.NEW_ACCOUNT_LARGE_BASKET, 40, "new"),
                        new Component(Rule.VELOCITY, 30, "busy")))))
                .isEqualTo(Verdict.HELD);
        assertThat(new RiskRules(DEFAULTS.withThreshold(100)).verdict(99)).isEqualTo(Verdict.PASSED);
        assertThat(new RiskRules(DEFAULTS.withThreshold(1)).verdict(1)).isEqualTo(Verdict.HELD);
    }

    @Test
    void theFlagGivesTheReasonsOfTheRulesThatFiredOnly() {
        Assessment assessment = new Assessment();
        assessment.components.add(new Component(Rule.VELOCITY, 30, "5 order(s) within 1h"));
        assessment.components.add(new Component(Rule.AMOUNT_AGAINST_HISTORY, 0, "too few"));
        assessment.components.add(new Component(Rule.NEW_ACCOUNT_LARGE_BASKET, 40, "basket of 600000 XOF"));
        assertThat(assessment.reasons())
                .containsExactly(
                        "VELOCITY +30: 5 order(s) within 1h", "NEW_ACCOUNT_LARGE_BASKET +40: basket of 600000 XOF");
    }

    @Test
    void aThresholdOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> new FraudService(null, null, DEFAULTS.withThreshold(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("comptoir.fraud.threshold must be 1 to 100");
        assertThatThrownBy(() -> new FraudService(null, null, DEFAULTS.withThreshold(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FraudService(null, null, DEFAULTS.withThreshold(1))).isNotNull();
        assertThat(new FraudService(null, null, DEFAULTS.withThreshold(100))).isNotNull();
    }

    private static Assessment held() {
        Assessment assessment = new Assessment();
        assessment.id = "o-now";
        assessment.customerId = "c-kofi";
        assessment.score = 70;
        assessment.verdict = Verdict.HELD;
        return assessment;
    }

    @Test
    void onlyAHeldOrderIsClearedOrRejectedAndTheDecisionIsAnnounced() {
        RecordedEvents recorded = new RecordedEvents(Engine.FRAUD);
        Assessment cleared = held();
        FraudService.decide(cleared, Verdict.CLEARED, "called the customer", "admin-awa", recorded.buffer());
        assertThat(cleared.verdict).isEqualTo(Verdict.CLEARED);
        assertThat(cleared.decidedBy).isEqualTo("admin-awa");
        assertThat(recorded.payloads(Topic.FRAUD_ORDER_CLEARED, OrderCleared.class))
                .containsExactly(new OrderCleared("o-now", "c-kofi", 70, "called the customer", "admin-awa"));

        assertThatThrownBy(() -> FraudService.decide(cleared, Verdict.REJECTED, "late", "admin-awa", recorded.buffer()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("order o-now is CLEARED: only a held order can be decided");

        Assessment rejected = held();
        FraudService.decide(rejected, Verdict.REJECTED, "stolen card", "admin-awa", recorded.buffer());
        assertThat(recorded.payloads(Topic.FRAUD_ORDER_REJECTED, OrderRejected.class))
                .containsExactly(new OrderRejected("o-now", "c-kofi", 70, "stolen card", "admin-awa"));
        assertThat(recorded.topics()).containsExactly("fraud.order.cleared", "fraud.order.rejected");
    }

    @Test
    void aCancellationWithdrawsAHeldOrderOnly() {
        Assessment assessment = held();
        FraudService.withdraw(assessment, "OUT_OF_STOCK");
        assertThat(assessment.verdict).isEqualTo(Verdict.WITHDRAWN);
        assertThat(assessment.decisionReason).isEqualTo("order cancelled (OUT_OF_STOCK)");

        Assessment unexplained = held();
        FraudService.withdraw(unexplained, null);
        assertThat(unexplained.decisionReason).isEqualTo("order cancelled");

        Assessment passed = held();
        passed.verdict = Verdict.PASSED;
        FraudService.withdraw(passed, "OUT_OF_STOCK");
        assertThat(passed.verdict).isEqualTo(Verdict.PASSED);
        assertThat(passed.decisionReason).isNull();
    }
}
