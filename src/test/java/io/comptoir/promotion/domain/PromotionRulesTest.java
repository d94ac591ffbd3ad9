package io.comptoir.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.promotion.PromoCodeRedeemed;
import io.comptoir.events.promotion.SaleEnded;
import io.comptoir.events.promotion.SaleStarted;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.RecordedEvents;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The promotion engine's last word on each use of a code (its window, its global and per-customer
 * limits, decided once per order, given back on cancellation) and the life of timed offers.
 */
class PromotionRulesTest {

    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DURING = Instant.parse("2026-05-15T12:00:00Z");

    private final RecordedEvents recorded = new RecordedEvents(Engine.PROMOTION);

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    private static PromoCode code(Integer globalLimit, Integer perCustomerLimit) {
        PromoCode code = new PromoCode();
        code.id = "BIENVENUE10";
        code.kind = PromoKind.PERCENT;
        code.percent = new BigDecimal("0.10");
        code.validFrom = FROM;
        code.validUntil = UNTIL;
        code.globalLimit = globalLimit;
        code.perCustomerLimit = perCustomerLimit;
        return code;
    }

    private void redeem(PromoCode code, String orderId, String customerId) {
        PromotionService.redeem(code, orderId, customerId, xof(3_098), DURING, recorded.buffer());
    }

    @Test
    void aCodeIsValidFromItsStartUntilJustBeforeItsEnd() {
        PromoCode code = code(null, null);
        assertThat(PromotionService.refusal(code, "c1", FROM)).isNull();
        assertThat(PromotionService.refusal(code, "c1", UNTIL.minusMillis(1))).isNull();
        assertThat(PromotionService.refusal(code, "c1", FROM.minusMillis(1))).isEqualTo("outside its validity window");
        assertThat(PromotionService.refusal(code, "c1", UNTIL)).isEqualTo("outside its validity window");
    }

    @Test
    void theGlobalLimitCountsUsesInForce() {
        PromoCode code = code(2, null);
        redeem(code, "o1", "c1");
        redeem(code, "o2", "c2");
        assertThat(code.uses).isEqualTo(2);
        redeem(code, "o3", "c3");
        assertThat(code.redemption("o3").orElseThrow().status).isEqualTo(RedemptionStatus.REFUSED);
        assertThat(code.redemption("o3").orElseThrow().reason).isEqualTo("used up (2 uses)");
        assertThat(code.uses).isEqualTo(2);
        assertThat(recorded.payloads(Topic.PROMOTION_CODE_REDEEMED, PromoCodeRedeemed.class))
                .containsExactly(
                        new PromoCodeRedeemed("BIENVENUE10", "c1", "o1", xof(3_098), true, null, 1, 1),
                        new PromoCodeRedeemed("BIENVENUE10", "c2", "o2", xof(3_098), true, null, 2, 1),
                        new PromoCodeRedeemed(
                                "BIENVENUE10", "c3", "o3", xof(3_098), false, "PROMO_CODE_REFUSED", 2, 0));

        // A cancellation gives a use back: the next order may have it.
        PromotionService.release(code, "o1", "c1", DURING);
        assertThat(code.uses).isEqualTo(1);
        redeem(code, "o4", "c3");
        assertThat(code.redemption("o4").orElseThrow().status).isEqualTo(RedemptionStatus.REDEEMED);
        assertThat(code.uses).isEqualTo(2);
    }

    @Test
    void thePerCustomerLimitCountsOnlyThatCustomersUsesInForce() {
        PromoCode code = code(null, 1);
        redeem(code, "o1", "c1");
        redeem(code, "o2", "c1");
        redeem(code, "o3", "c2");
        assertThat(code.redemption("o2").orElseThrow().reason).isEqualTo("already used 1 time(s) by this customer");
        assertThat(code.redemption("o3").orElseThrow().status).isEqualTo(RedemptionStatus.REDEEMED);
        assertThat(code.uses("c1")).isEqualTo(1);
        assertThat(code.uses).isEqualTo(2);

        PromotionService.release(code, "o1", "c1", DURING);
        assertThat(code.uses("c1")).isZero();
        redeem(code, "o4", "c1");
        assertThat(code.redemption("o4").orElseThrow().status).isEqualTo(RedemptionStatus.REDEEMED);
    }

    @Test
    void theWindowIsCheckedBeforeTheLimits() {
        PromoCode code = code(0, 0);
        PromotionService.redeem(code, "o1", "c1", xof(3_098), UNTIL, recorded.buffer());
        assertThat(code.redemption("o1").orElseThrow().reason).isEqualTo("outside its validity window");
        assertThat(code.uses).isZero();
    }

    @Test
    void eachOrderIsDecidedOnceAndARefusalIsNotGivenBack() {
        PromoCode code = code(1, null);
        redeem(code, "o1", "c1");
        redeem(code, "o1", "c1");
        assertThat(code.redemptions).hasSize(1);
        assertThat(code.uses).isEqualTo(1);
        assertThat(recorded.payloads(Topic.PROMOTION_CODE_REDEEMED, PromoCodeRedeemed.class))
                .hasSize(1);

        redeem(code, "o2", "c2"); // refused: used up
        PromotionService.release(code, "o2", "c2", DURING);
        PromotionService.release(code, "o1", "c1", DURING);
        PromotionService.release(code, "o1", "c1", DURING);
        assertThat(code.uses).isZero();
        assertThat(code.redemption("o2").orElseThrow().status).isEqualTo(RedemptionStatus.REFUSED);
    }

    @Test
    void anOrderCancelledBeforeItsPlacementNeverTakesAUse() {
        PromoCode code = code(1, null);
        PromotionService.release(code, "o1", "c1", DURING);
        redeem(code, "o1", "c1");
        assertThat(code.uses).isZero();
        assertThat(code.redemption("o1").orElseThrow().status).isEqualTo(RedemptionStatus.RELEASED);
        assertThat(recorded.topics()).isEmpty();
    }

    @Test
    void theDiscountRedeemedIsTheOrdersCodeDiscountElseZero() {
        Money price = xof(36_815);
        OrderPlaced.Line line = new OrderPlaced.Line("p-head", "HEAD-BLK", "Casque", 1, price, price, price);
        OrderPlaced withCode = new OrderPlaced(
                "o1",
                "c1",
                List.of(line),
                price,
                List.of(
                        new OrderPlaced.Discount("BUNDLE", "b-desk", xof(2_649)),
                        new OrderPlaced.Discount("CODE", "BIENVENUE10", xof(3_098))),
                "BIENVENUE10",
                xof(31_068),
                "CARD",
                DURING);
        assertThat(PromotionService.codeDiscount(withCode)).isEqualTo(xof(3_098));
        OrderPlaced withoutCodeDiscount =
                new OrderPlaced("o2", "c1", List.of(line), price, List.of(), "BIENVENUE10", price, "CARD", DURING);
        assertThat(PromotionService.codeDiscount(withoutCodeDiscount)).isEqualTo(xof(0));
    }

    private static Offer sale(Instant startsAt, Instant endsAt) {
        Offer offer = new Offer();
        offer.id = "s-audio";
        offer.kind = OfferKind.CATEGORY;
        offer.name = "Audio week";
        offer.categoryId = "audio";
        offer.percent = new BigDecimal("0.10");
        offer.startsAt = startsAt;
        offer.endsAt = endsAt;
        offer.status = OfferStatus.SCHEDULED;
        return offer;
    }

    @Test
    void anOfferStartsAtItsStartAndEndsAtItsEndOnce() {
        Offer offer = sale(FROM, UNTIL);
        assertThat(PromotionService.advance(offer, FROM.minusMillis(1), recorded.buffer()))
                .isFalse();
        assertThat(offer.status).isEqualTo(OfferStatus.SCHEDULED);

        assertThat(PromotionService.advance(offer, FROM, recorded.buffer())).isTrue();
        assertThat(offer.status).isEqualTo(OfferStatus.RUNNING);
        assertThat(PromotionService.advance(offer, DURING, recorded.buffer())).isFalse();
        assertThat(recorded.payloads(Topic.PROMOTION_SALE_STARTED, SaleStarted.class))
                .containsExactly(new SaleStarted(
                        "s-audio", "CATEGORY", "Audio week", "audio", List.of(), new BigDecimal("0.10"), FROM, UNTIL));

        assertThat(PromotionService.advance(offer, UNTIL, recorded.buffer())).isTrue();
        assertThat(PromotionService.advance(offer, UNTIL.plusSeconds(60), recorded.buffer()))
                .isFalse();
        assertThat(offer.status).isEqualTo(OfferStatus.ENDED);
        assertThat(offer.endsAt).isEqualTo(UNTIL);
        assertThat(recorded.payloads(Topic.PROMOTION_SALE_ENDED, SaleEnded.class))
                .containsExactly(new SaleEnded("s-audio", UNTIL));
    }

    @Test
    void anOfferWhoseWindowPassedUnseenEndsWithoutStarting() {
        Offer offer = sale(FROM, UNTIL);
        Instant late = UNTIL.plus(Duration.ofDays(2));
        assertThat(PromotionService.advance(offer, late, recorded.buffer())).isTrue();
        assertThat(offer.status).isEqualTo(OfferStatus.ENDED);
        assertThat(offer.endsAt).isEqualTo(UNTIL);
        assertThat(recorded.topics()).containsExactly("promotion.sale.ended");
    }

    @Test
    void anOfferEndedEarlyEndsNow() {
        Offer offer = sale(FROM, UNTIL);
        PromotionService.advance(offer, FROM, recorded.buffer());
        PromotionService.end(offer, DURING, recorded.buffer());
        assertThat(offer.status).isEqualTo(OfferStatus.ENDED);
        assertThat(offer.endsAt).isEqualTo(DURING);
        assertThat(PromotionService.advance(offer, UNTIL, recorded.buffer())).isFalse();
        assertThat(recorded.payloads(Topic.PROMOTION_SALE_ENDED, SaleEnded.class))
                .containsExactly(new SaleEnded("s-audio", DURING));
    }
}
