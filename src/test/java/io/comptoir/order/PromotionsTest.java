package io.comptoir.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.kernel.money.Money;
import io.comptoir.order.domain.Offer;
import io.comptoir.order.domain.PromoCodeTerms;
import io.comptoir.order.domain.Promotions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checkout arithmetic with worked XOF examples: sales, then bundles, then the code, each rounded half-up. */
class PromotionsTest {

    private static final Promotions.Item HEADPHONES =
            new Promotions.Item("p-head", "HEAD-BLK", "Casque", "audio", 2, xof(14_075));
    private static final Promotions.Item STAND =
            new Promotions.Item("p-stand", "STAND-1", "Support", "furniture", 1, xof(4_990));
    private static final Promotions.Item CABLE =
            new Promotions.Item("p-cable", "CBL-1M", "Câble", "audio", 3, xof(1_225));

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    private static Offer sale(String id, String category, String percent) {
        Offer offer = new Offer();
        offer.id = id;
        offer.kind = "CATEGORY";
        offer.categoryId = category;
        offer.percent = new BigDecimal(percent);
        return offer;
    }

    private static Offer bundle(String id, String percent, String... productIds) {
        Offer offer = new Offer();
        offer.id = id;
        offer.kind = Offer.BUNDLE;
        offer.productIds = List.of(productIds);
        offer.percent = new BigDecimal(percent);
        return offer;
    }

    private static PromoCodeTerms percentCode(String percent, Money minimum) {
        PromoCodeTerms code = new PromoCodeTerms();
        code.id = "BIENVENUE10";
        code.kind = PromoCodeTerms.PERCENT;
        code.percent = new BigDecimal(percent);
        code.minimumOrder = minimum;
        code.validFrom = Instant.EPOCH;
        code.validUntil = Instant.MAX;
        return code;
    }

    private static PromoCodeTerms fixedCode(Money amount) {
        PromoCodeTerms code = percentCode("0.10", null);
        code.id = "MOINS5000";
        code.kind = "FIXED";
        code.percent = null;
        code.amount = amount;
        return code;
    }

    @Test
    void saleThenBundleThenCode() {
        Promotions.Result result = Promotions.apply(
                List.of(HEADPHONES, STAND, CABLE),
                List.of(sale("s-audio", "audio", "0.10"), bundle("b-desk", "0.15", "p-head", "p-stand")),
                percentCode("0.10", xof(20_000)));

        // 10 % off audio: 14,075 − 1,408 (1,407.5 half-up) = 12,667; 1,225 − 123 (122.5) = 1,102.
        assertThat(result.lines())
                .extracting(Promotions.PricedLine::unitPrice)
                .containsExactly(xof(12_667), xof(4_990), xof(1_102));
        assertThat(result.lines())
                .extracting(Promotions.PricedLine::saleId)
                .containsExactly("s-audio", null, "s-audio");
        // One complete set (headphones + stand): 15 % of 17,657 = 2,648.55 → 2,649.
        // What remains, 33,630 − 2,649 = 30,981, reaches the 20,000 minimum: 10 % = 3,098.1 → 3,098.
        assertThat(result.discounts())
                .containsExactly(
                        new Promotions.Discount("SALE", "s-audio", xof(2 * 1_408 + 3 * 123)),
                        new Promotions.Discount("BUNDLE", "b-desk", xof(2_649)),
                        new Promotions.Discount("CODE", "BIENVENUE10", xof(3_098)));
        assertThat(result.subtotal()).isEqualTo(xof(36_815));
        assertThat(result.total()).isEqualTo(xof(27_883));
        assertThat(result.subtotal().minus(xof(3_185)).minus(xof(2_649)).minus(xof(3_098)))
                .isEqualTo(result.total());
    }

    @Test
    void theBestSaleOfACategoryApplies() {
        Promotions.Result result = Promotions.apply(
                List.of(CABLE), List.of(sale("s-small", "audio", "0.05"), sale("s-big", "audio", "0.20")), null);
        // 20 % of 1,225 = 245 → 980 a unit.
        assertThat(result.lines().getFirst().unitPrice()).isEqualTo(xof(980));
        assertThat(result.discounts()).containsExactly(new Promotions.Discount("SALE", "s-big", xof(735)));
        assertThat(result.total()).isEqualTo(xof(2_940));
    }

    @Test
    void aUnitCountsInOneBundleSetAtMost() {
        // Two headphones, one stand, three cables: the better bundle (20 %) takes headphones + cable
        // twice; the desk bundle then finds no headphones left.
        Promotions.Result result = Promotions.apply(
                List.of(HEADPHONES, STAND, CABLE),
                List.of(bundle("b-desk", "0.15", "p-head", "p-stand"), bundle("b-audio", "0.20", "p-head", "p-cable")),
                null);
        // 20 % of 2 × (14,075 + 1,225) = 6,120.
        assertThat(result.discounts()).containsExactly(new Promotions.Discount("BUNDLE", "b-audio", xof(6_120)));
        assertThat(result.total()).isEqualTo(xof(36_815 - 6_120));
    }

    @Test
    void aFixedCodeNeverTakesMoreThanTheOrder() {
        Promotions.Result result = Promotions.apply(List.of(CABLE), List.of(), fixedCode(xof(5_000)));
        assertThat(result.discounts()).containsExactly(new Promotions.Discount("CODE", "MOINS5000", xof(3_675)));
        assertThat(result.total()).isEqualTo(xof(0));

        Promotions.Result smaller = Promotions.apply(List.of(STAND, CABLE), List.of(), fixedCode(xof(5_000)));
        assertThat(smaller.total()).isEqualTo(xof(4_990 + 3_675 - 5_000));
    }

    @Test
    void aCodeBelowItsMinimumOrInAnotherCurrencyDoesNotApply() {
        assertThatThrownBy(() -> Promotions.apply(List.of(CABLE), List.of(), percentCode("0.10", xof(20_000))))
                .isInstanceOf(Promotions.CodeNotApplicable.class)
                .hasMessageContaining("at least 20000 XOF")
                .hasMessageContaining("3675 XOF");
        assertThatThrownBy(() -> Promotions.apply(List.of(CABLE), List.of(), fixedCode(Money.of(500, "EUR"))))
                .isInstanceOf(Promotions.CodeNotApplicable.class)
                .hasMessageContaining("EUR");
    }

    @Test
    void aPercentCodeRoundsHalfUpToTheFrancAndAMinimumJustMetApplies() {
        // Three cables, 3,675: 10 % = 367.5 → 368; the minimum of 3,675 is met exactly.
        Promotions.Result tenPercent = Promotions.apply(List.of(CABLE), List.of(), percentCode("0.10", xof(3_675)));
        assertThat(tenPercent.discounts()).containsExactly(new Promotions.Discount("CODE", "BIENVENUE10", xof(368)));
        assertThat(tenPercent.total()).isEqualTo(xof(3_307));
        // 15 % = 551.25 → 551.
        assertThat(Promotions.apply(List.of(CABLE), List.of(), percentCode("0.15", null))
                        .total())
                .isEqualTo(xof(3_124));
        // One franc short of the minimum.
        assertThatThrownBy(() -> Promotions.apply(List.of(CABLE), List.of(), percentCode("0.10", xof(3_676))))
                .isInstanceOf(Promotions.CodeNotApplicable.class);
    }

    @Test
    void aFixedCodeIsTakenWholeUpToTheOrder() {
        assertThat(Promotions.apply(List.of(CABLE), List.of(), fixedCode(xof(3_674)))
                        .total())
                .isEqualTo(xof(1));
        Promotions.Result exact = Promotions.apply(List.of(CABLE), List.of(), fixedCode(xof(3_675)));
        assertThat(exact.discounts()).containsExactly(new Promotions.Discount("CODE", "MOINS5000", xof(3_675)));
        assertThat(exact.total()).isEqualTo(xof(0));
    }

    @Test
    void aCodeIsValidFromItsStartUntilJustBeforeItsEnd() {
        PromoCodeTerms code = percentCode("0.10", null);
        code.validFrom = Instant.parse("2026-05-01T00:00:00Z");
        code.validUntil = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(code.validAt(code.validFrom)).isTrue();
        assertThat(code.validAt(code.validUntil.minusMillis(1))).isTrue();
        assertThat(code.validAt(code.validFrom.minusMillis(1))).isFalse();
        assertThat(code.validAt(code.validUntil)).isFalse();
    }
}
