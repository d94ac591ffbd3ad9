package io.comptoir.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void minorUnitsFollowTheCurrency() {
        assertThat(Money.fractionDigits("XOF")).isZero();
        assertThat(Money.fractionDigits("CNY")).isEqualTo(2);
        assertThat(Money.fractionDigits("EUR")).isEqualTo(2);
        assertThat(Money.of(150_000, "XOF").toMajor()).isEqualByComparingTo("150000");
        assertThat(Money.of(1999, "EUR").toMajor()).isEqualByComparingTo("19.99");
        assertThat(Money.of(1999, "EUR")).hasToString("19.99 EUR");
    }

    @Test
    void majorAmountsWithTooManyDecimalsAreRefused() {
        assertThat(Money.ofMajor(new BigDecimal("19.99"), "EUR")).isEqualTo(Money.of(1999, "EUR"));
        assertThat(Money.ofMajor(new BigDecimal("1500"), "XOF")).isEqualTo(Money.of(1500, "XOF"));
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("1500.5"), "XOF"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.ofMajor(new BigDecimal("1.999"), "EUR"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownCurrenciesAreRefused() {
        assertThatThrownBy(() -> Money.of(1, "ZZZ")).hasMessageContaining("unknown ISO 4217 currency");
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.of(25_000, "XOF");
        assertThat(a.plus(Money.of(5_000, "XOF"))).isEqualTo(Money.of(30_000, "XOF"));
        assertThat(a.minus(Money.of(30_000, "XOF"))).isEqualTo(Money.of(-5_000, "XOF"));
        assertThat(a.times(3)).isEqualTo(Money.of(75_000, "XOF"));
        assertThat(a.compareTo(Money.of(24_999, "XOF"))).isPositive();
        assertThatThrownBy(() -> a.plus(Money.of(1, "EUR"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "XOF").times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void conversionRoundsToTheTargetMinorUnit() {
        // 120.00 CNY at 84.75 XOF per CNY is 10,170 XOF.
        assertThat(Money.of(12_000, "CNY").convert(new BigDecimal("84.75"), "XOF", RoundingMode.HALF_UP))
                .isEqualTo(Money.of(10_170, "XOF"));
        // 0.01 CNY at 84.75 is 0.8475 XOF: rounds to 1 XOF half-up, to 0 down.
        assertThat(Money.of(1, "CNY").convert(new BigDecimal("84.75"), "XOF", RoundingMode.HALF_UP))
                .isEqualTo(Money.of(1, "XOF"));
        assertThat(Money.of(1, "CNY").convert(new BigDecimal("84.75"), "XOF", RoundingMode.DOWN))
                .isEqualTo(Money.of(0, "XOF"));
        // 10.00 EUR at 655.957 XOF per EUR is 6,559.57 XOF, so 6,560 XOF.
        assertThat(Money.of(1000, "EUR").convert(new BigDecimal("655.957"), "XOF", RoundingMode.HALF_UP))
                .isEqualTo(Money.of(6_560, "XOF"));
    }

    @Test
    void percentagesAndRoundingSteps() {
        assertThat(Money.of(10_170, "XOF").times(new BigDecimal("1.35"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of(13_730, "XOF"));
        assertThat(Money.of(13_730, "XOF").roundTo(25, RoundingMode.CEILING)).isEqualTo(Money.of(13_750, "XOF"));
        assertThat(Money.of(13_712, "XOF").roundTo(25, RoundingMode.HALF_UP)).isEqualTo(Money.of(13_700, "XOF"));
        assertThat(Money.of(13_713, "XOF").roundTo(1, RoundingMode.HALF_UP)).isEqualTo(Money.of(13_713, "XOF"));
        assertThatThrownBy(() -> Money.of(1, "XOF").roundTo(0, RoundingMode.UP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocationAddsUpExactly() {
        assertThat(Money.of(100, "XOF").allocate(List.of(1L, 1L, 1L)))
                .containsExactly(Money.of(34, "XOF"), Money.of(33, "XOF"), Money.of(33, "XOF"));
        assertThat(Money.of(1000, "EUR").allocate(List.of(70L, 30L)))
                .containsExactly(Money.of(700, "EUR"), Money.of(300, "EUR"));
        assertThat(Money.of(5, "XOF").allocate(List.of(0L, 1L, 1L)))
                .containsExactly(Money.of(0, "XOF"), Money.of(3, "XOF"), Money.of(2, "XOF"));
        assertThatThrownBy(() -> Money.of(5, "XOF").allocate(List.of(0L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonIsAmountAndCurrency() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(Money.of(150_000, "XOF")))
                .isEqualTo("{\"amount\":150000,\"currency\":\"XOF\"}");
        assertThat(json.readValue("{\"amount\":1999,\"currency\":\"EUR\"}", Money.class))
                .isEqualTo(Money.of(1999, "EUR"));
        assertThatThrownBy(() -> json.readValue("{\"currency\":\"EUR\"}", Money.class))
                .hasMessageContaining("amount");
    }
}
