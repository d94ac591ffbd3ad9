package io.comptoir.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.kernel.money.Money;
import io.comptoir.pricing.domain.PriceFormula;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Worked examples of the selling price, to the franc: base cost (CNY) × rate × (1 + margin + fee + insurance), rounded. */
class PriceFormulaTest {

    private static PriceFormula formula(String rate, String margin, long step, RoundingMode mode) {
        return new PriceFormula(
                "XOF",
                new BigDecimal(rate),
                new BigDecimal(margin),
                new BigDecimal("0.05"),
                new BigDecimal("0.02"),
                step,
                mode);
    }

    @Test
    void headphonesAt120YuanSellFor14075Francs() {
        // 120.00 CNY × 85.50 = 10,260 XOF; × (1 + 0.30 + 0.05 + 0.02) = 14,056.2; up to a multiple of 25.
        assertThat(formula("85.50", "0.30", 25, RoundingMode.UP).price(Money.of(12_000, "CNY")))
                .isEqualTo(Money.of(14_075, "XOF"));
        assertThat(formula("85.50", "0.30", 25, RoundingMode.HALF_UP).price(Money.of(12_000, "CNY")))
                .isEqualTo(Money.of(14_050, "XOF"));
        assertThat(formula("85.50", "0.30", 1, RoundingMode.HALF_UP).price(Money.of(12_000, "CNY")))
                .isEqualTo(Money.of(14_056, "XOF"));
    }

    @Test
    void centsOfTheCostCountAndTheStepDecides() {
        // 9.99 CNY × 85 = 849.15; × 1.37 = 1,163.3355 XOF.
        assertThat(formula("85", "0.30", 25, RoundingMode.UP).price(Money.of(999, "CNY")))
                .isEqualTo(Money.of(1_175, "XOF"));
        assertThat(formula("85", "0.30", 25, RoundingMode.DOWN).price(Money.of(999, "CNY")))
                .isEqualTo(Money.of(1_150, "XOF"));
        assertThat(formula("85", "0.30", 100, RoundingMode.HALF_EVEN).price(Money.of(999, "CNY")))
                .isEqualTo(Money.of(1_200, "XOF"));
    }

    @Test
    void categoryMarginChangesThePrice() {
        // 120 × 85.50 × (1 + 0.50 + 0.05 + 0.02) = 16,108.2 → 16,125.
        assertThat(formula("85.50", "0.50", 25, RoundingMode.UP).price(Money.of(12_000, "CNY")))
                .isEqualTo(Money.of(16_125, "XOF"));
    }

    @Test
    void aPriceAlreadyOnTheStepStaysAndZeroCostsZero() {
        // 100 × 100 × 1.37 = 13,700: a multiple of 25 already.
        assertThat(formula("100", "0.30", 25, RoundingMode.UP).price(Money.of(10_000, "CNY")))
                .isEqualTo(Money.of(13_700, "XOF"));
        assertThat(formula("100", "0.30", 25, RoundingMode.UP).price(Money.of(0, "CNY")))
                .isEqualTo(Money.of(0, "XOF"));
    }

    @Test
    void aCurrencyWithCentsRoundsInCents() {
        // 120 CNY × 0.13 = 15.60 EUR; × 1.37 = 21.372 EUR = 2,137.2 cents.
        PriceFormula euros = new PriceFormula(
                "EUR",
                new BigDecimal("0.13"),
                new BigDecimal("0.30"),
                new BigDecimal("0.05"),
                new BigDecimal("0.02"),
                5,
                RoundingMode.UP);
        assertThat(euros.price(Money.of(12_000, "CNY"))).isEqualTo(Money.of(2_140, "EUR"));
    }

    @Test
    void quantityTiersTakeTheirDiscountOffThePriceAndRoundTheSameWay() {
        PriceFormula formula = formula("85.50", "0.30", 25, RoundingMode.UP);
        // 14,075 × 0.90 = 12,667.5 → 12,675; × 0.80 = 11,260 → 11,275.
        assertThat(formula.discounted(Money.of(14_075, "XOF"), new BigDecimal("0.10")))
                .isEqualTo(Money.of(12_675, "XOF"));
        assertThat(formula.discounted(Money.of(14_075, "XOF"), new BigDecimal("0.20")))
                .isEqualTo(Money.of(11_275, "XOF"));
        // 16,125 × 0.80 = 12,900: already a multiple of 25.
        assertThat(formula.discounted(Money.of(16_125, "XOF"), new BigDecimal("0.20")))
                .isEqualTo(Money.of(12_900, "XOF"));
    }

    @Test
    void settingsThatCannotPriceAreRefused() {
        assertThatThrownBy(() -> formula("0", "0.30", 25, RoundingMode.UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exchange rate");
        assertThatThrownBy(() -> formula("85", "0.30", 0, RoundingMode.UP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounding step");
        assertThatThrownBy(() -> formula("85", "0.30", 25, RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNNECESSARY");
    }
}
