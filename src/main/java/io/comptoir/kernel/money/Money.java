package io.comptoir.kernel.money;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money in integer minor units of an ISO 4217 currency: {@code {"amount": 150000,
 * "currency": "XOF"}} is 150,000 FCFA (XOF has no minor unit), {@code {"amount": 1999, "currency":
 * "EUR"}} is 19.99 €. Never a double; every arithmetic and rounding rule of Comptoir lives here.
 * Registered for reflection because Jackson and the MongoDB codec build it in the native image.
 */
@RegisterForReflection
public record Money(@JsonProperty(required = true) long amount, @JsonProperty(required = true) String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency is required");
        fractionDigits(currency);
    }

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    /** Parses a major-unit amount such as {@code 19.99}; more decimals than the currency has is an error. */
    public static Money ofMajor(BigDecimal major, String currency) {
        int digits = fractionDigits(currency);
        try {
            return new Money(
                    major.setScale(digits, RoundingMode.UNNECESSARY)
                            .movePointRight(digits)
                            .longValueExact(),
                    currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    major + " has more than " + digits + " decimals or is too large for " + currency, e);
        }
    }

    /** Number of minor-unit digits: XOF 0, EUR/CNY/USD 2; unknown codes are refused. */
    public static int fractionDigits(String currency) {
        Currency c;
        try {
            c = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + currency, e);
        }
        if (c.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency without a minor unit definition: " + currency);
        }
        return c.getDefaultFractionDigits();
    }

    public BigDecimal toMajor() {
        return BigDecimal.valueOf(amount, fractionDigits(currency));
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }

    /** Multiplies by a decimal factor (a rate, a percentage) and rounds to the minor unit. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(
                BigDecimal.valueOf(amount)
                        .multiply(factor)
                        .setScale(0, rounding)
                        .longValueExact(),
                currency);
    }

    /**
     * Converts into another currency at {@code rate} target major units per source major unit, then
     * rounds to the target's minor unit: 100.00 CNY at 84.5 XOF/CNY is 8,450 XOF.
     */
    public Money convert(BigDecimal rate, String targetCurrency, RoundingMode rounding) {
        BigDecimal target = toMajor().multiply(rate);
        int digits = fractionDigits(targetCurrency);
        return new Money(
                target.setScale(digits, rounding).movePointRight(digits).longValueExact(), targetCurrency);
    }

    /**
     * Rounds to a multiple of {@code step} minor units (XOF prices are often rounded to 5 or 25
     * FCFA); step 1 leaves the amount as it is.
     */
    public Money roundTo(long step, RoundingMode rounding) {
        if (step <= 0) {
            throw new IllegalArgumentException("rounding step must be positive");
        }
        long rounded = BigDecimal.valueOf(amount)
                .divide(BigDecimal.valueOf(step), 0, rounding)
                .multiply(BigDecimal.valueOf(step))
                .longValueExact();
        return new Money(rounded, currency);
    }

    /**
     * Splits this amount in proportion to {@code ratios} so that the parts add up exactly to it; the
     * remainder minor units go one by one to the first parts with a non-zero ratio.
     */
    public List<Money> allocate(List<Long> ratios) {
        if (ratios.isEmpty() || ratios.stream().anyMatch(r -> r < 0)) {
            throw new IllegalArgumentException("ratios must be non-empty and non-negative");
        }
        long total = ratios.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            throw new IllegalArgumentException("ratios must not all be zero");
        }
        long[] parts = new long[ratios.size()];
        long allocated = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Math.floorDiv(Math.multiplyExact(amount, ratios.get(i)), total);
            allocated += parts[i];
        }
        long remainder = amount - allocated;
        for (int i = 0; remainder > 0; i = (i + 1) % parts.length) {
            if (ratios.get(i) > 0) {
                parts[i]++;
                remainder--;
            }
        }
        return Arrays.stream(parts).mapToObj(p -> new Money(p, currency)).toList();
    }

    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return toMajor().toPlainString() + " " + currency;
    }
}
