package io.comptoir.customer.domain;

import io.comptoir.customer.config.CustomerConfig;
import io.comptoir.kernel.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 004's profiling rules, with incomes in integer minor units: eligibility (adult, enough
 * income, credit score from 500), a risk segment from three factors, perks (first payment, young
 * customer, premium income) and the tier the best perk gives, each decision with its reason.
 */
@ApplicationScoped
public class Profiling {

    static final int ADULT_AGE = 18;
    static final int RISKY_AGE = 25;
    static final int YOUNG_AGE = 30;
    static final int MIN_CREDIT_SCORE = 500;
    static final int RISKY_CREDIT_SCORE = 600;

    public static final String FIRST_PAYMENT_DISCOUNT = "FIRST_PAYMENT_DISCOUNT_20";
    public static final String YOUNG_CUSTOMER_BONUS = "YOUNG_CUSTOMER_BONUS";
    public static final String PREMIUM_CUSTOMER_REWARDS = "PREMIUM_CUSTOMER_REWARDS";

    /** Risk segments: no risk factor, one minor factor, two minor factors or a low credit score. */
    public enum Segment {
        LOW_RISK,
        MEDIUM_RISK,
        HIGH_RISK
    }

    /** What profiling concluded: the segment, whether a promotion is allowed, the perks, the tier and why. */
    public record Assessment(
            Segment segment, boolean eligible, List<String> perks, CustomerTier tier, List<String> reasons) {}

    private final CustomerConfig.Profiling thresholds;

    Profiling(CustomerConfig config) {
        this.thresholds = config.profiling();
    }

    /** {@code income} must be in the configured currency (the caller checks it). */
    public Assessment assess(int age, Money income, int creditScore, boolean firstPayment) {
        List<String> reasons = new ArrayList<>();
        boolean eligible = true;
        if (age < ADULT_AGE) {
            eligible = false;
            reasons.add("age " + age + " under " + ADULT_AGE + ": not eligible");
        }
        if (income.amount() < thresholds.eligibleIncome()) {
            eligible = false;
            reasons.add("income " + printed(income) + " under " + printed(income, thresholds.eligibleIncome())
                    + ": not eligible");
        }
        if (creditScore < MIN_CREDIT_SCORE) {
            eligible = false;
            reasons.add("credit score " + creditScore + " under " + MIN_CREDIT_SCORE + ": not eligible");
        }

        // The seed weighs its factors 2, 2 and 3 over a base of 1 each (HIGH from 5, MEDIUM from 3,
        // so LOW was unreachable); counted above the base, that is 1, 1 and 2: LOW 0, MEDIUM 1, HIGH 2+.
        int risk = 0;
        if (age < RISKY_AGE) {
            risk += 1;
            reasons.add("age " + age + " under " + RISKY_AGE + ": risk factor");
        }
        if (income.amount() < thresholds.lowIncome()) {
            risk += 1;
            reasons.add("income " + printed(income) + " under " + printed(income, thresholds.lowIncome())
                    + ": risk factor");
        }
        if (creditScore < RISKY_CREDIT_SCORE) {
            risk += 2;
            reasons.add("credit score " + creditScore + " under " + RISKY_CREDIT_SCORE + ": high risk factor");
        }
        Segment segment = risk == 0 ? Segment.LOW_RISK : risk == 1 ? Segment.MEDIUM_RISK : Segment.HIGH_RISK;

        List<String> perks = new ArrayList<>();
        CustomerTier tier = CustomerTier.BRONZE;
        if (firstPayment) {
            perks.add(FIRST_PAYMENT_DISCOUNT);
            tier = CustomerTier.SILVER;
            reasons.add("first payment: " + FIRST_PAYMENT_DISCOUNT + " (SILVER)");
        }
        if (age < YOUNG_AGE) {
            perks.add(YOUNG_CUSTOMER_BONUS);
            tier = CustomerTier.GOLD;
            reasons.add("age " + age + " under " + YOUNG_AGE + ": " + YOUNG_CUSTOMER_BONUS + " (GOLD)");
        }
        if (income.amount() >= thresholds.premiumIncome()) {
            perks.add(PREMIUM_CUSTOMER_REWARDS);
            tier = CustomerTier.PREMIUM;
            reasons.add("income " + printed(income) + " from " + printed(income, thresholds.premiumIncome()) + ": "
                    + PREMIUM_CUSTOMER_REWARDS + " (PREMIUM)");
        }
        return new Assessment(segment, eligible, List.copyOf(perks), tier, List.copyOf(reasons));
    }

    private static String printed(Money money) {
        return money.toString();
    }

    private static String printed(Money currency, long amount) {
        return Money.of(amount, currency.currency()).toString();
    }
}
