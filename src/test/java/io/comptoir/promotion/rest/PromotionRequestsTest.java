package io.comptoir.promotion.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.problem.Problem.FieldError;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.promotion.domain.OfferKind;
import io.comptoir.promotion.domain.PromoCode;
import io.comptoir.promotion.domain.PromoKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terms of a promo code or an offer, refused (422) when they contradict each other or break their bounds. */
class PromotionRequestsTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-06-01T00:00:00Z");

    private static Money xof(long amount) {
        return Money.of(amount, "XOF");
    }

    private static PromotionRequests.Code code(
            PromoKind kind, String percent, Money amount, Money minimum, Instant from, Instant until) {
        return new PromotionRequests.Code(
                "bienvenue10",
                kind,
                percent == null ? null : new BigDecimal(percent),
                amount,
                minimum,
                from,
                until,
                100,
                1);
    }

    private static List<FieldError> refused(Runnable request) {
        return catchThrowableOfType(UnprocessableException.class, request::run).errors();
    }

    private static List<String> violations(Object request) {
        return VALIDATOR.validate(request).stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted()
                .toList();
    }

    @Test
    void aPercentCodeIsStoredUpperCaseWithItsTerms() {
        PromoCode code =
                code(PromoKind.PERCENT, "0.10", null, xof(20_000), FROM, UNTIL).toCode();
        assertThat(code.id).isEqualTo("BIENVENUE10");
        assertThat(code.kind).isEqualTo(PromoKind.PERCENT);
        assertThat(code.percent).isEqualByComparingTo("0.10");
        assertThat(code.minimumOrder).isEqualTo(xof(20_000));
        assertThat(code.validFrom).isEqualTo(FROM);
        assertThat(code.globalLimit).isEqualTo(100);
        assertThat(code.perCustomerLimit).isEqualTo(1);
        assertThat(code.uses).isZero();
    }

    @Test
    void aCodeWithoutAStartIsValidFromNow() {
        Instant before = Instant.now();
        PromoCode code = code(PromoKind.FIXED, null, xof(5_000), null, null, UNTIL.plusSeconds(86_400L * 365 * 10))
                .toCode();
        assertThat(code.validFrom).isBetween(before, Instant.now());
    }

    @Test
    void aPercentCodeHasAPercentAndNoAmountAndAFixedOneTheOpposite() {
        assertThat(refused(() ->
                        code(PromoKind.PERCENT, null, null, null, FROM, UNTIL).toCode()))
                .containsExactly(new FieldError("percent", "a PERCENT code has a percent and no amount"));
        assertThat(refused(() -> code(PromoKind.PERCENT, "0.10", xof(5_000), null, FROM, UNTIL)
                        .toCode()))
                .extracting(FieldError::field)
                .containsExactly("percent");
        assertThat(refused(() ->
                        code(PromoKind.FIXED, null, null, null, FROM, UNTIL).toCode()))
                .containsExactly(new FieldError("amount", "a FIXED code has an amount and no percent"));
        assertThat(refused(() -> code(PromoKind.FIXED, "0.10", xof(5_000), null, FROM, UNTIL)
                        .toCode()))
                .extracting(FieldError::field)
                .containsExactly("amount");
    }

    @Test
    void theMinimumIsInTheAmountsCurrencyAndTheWindowEndsAfterItStarts() {
        assertThat(refused(() -> code(PromoKind.FIXED, null, xof(5_000), Money.of(2_000, "EUR"), FROM, UNTIL)
                        .toCode()))
                .containsExactly(new FieldError("minimumOrder", "must be in the amount's currency"));
        assertThat(refused(() ->
                        code(PromoKind.PERCENT, "0.10", null, null, FROM, FROM).toCode()))
                .containsExactly(new FieldError("validUntil", "must be after the start (2026-05-01T00:00:00Z)"));
        // Every contradiction is reported at once.
        assertThat(refused(() ->
                        code(PromoKind.FIXED, "0.10", null, null, UNTIL, FROM).toCode()))
                .extracting(FieldError::field)
                .containsExactly("amount", "validUntil");
    }

    @Test
    void percentagesLimitsAndAmountsKeepToTheirBounds() {
        assertThat(violations(code(PromoKind.PERCENT, "1", null, null, FROM, UNTIL)))
                .isEmpty();
        assertThat(violations(code(PromoKind.PERCENT, "0.0001", null, null, FROM, UNTIL)))
                .isEmpty();
        assertThat(violations(code(PromoKind.PERCENT, "1.01", null, null, FROM, UNTIL)))
                .containsExactly("percent");
        assertThat(violations(code(PromoKind.PERCENT, "0", null, null, FROM, UNTIL)))
                .containsExactly("percent");
        assertThat(violations(code(PromoKind.PERCENT, "0.12345", null, null, FROM, UNTIL)))
                .containsExactly("percent");
        assertThat(violations(code(PromoKind.FIXED, null, xof(0), xof(0), FROM, UNTIL)))
                .containsExactly("amount", "minimumOrder");
        assertThat(violations(new PromotionRequests.Code(
                        "BIENVENUE10", PromoKind.PERCENT, new BigDecimal("0.10"), null, null, FROM, UNTIL, 0, 1_001)))
                .containsExactly("globalLimit", "perCustomerLimit");
        assertThat(violations(new PromotionRequests.Code(
                        "NO", PromoKind.PERCENT, new BigDecimal("0.10"), null, null, FROM, UNTIL, null, null)))
                .containsExactly("code");
    }

    @Test
    void aSaleTakesAtMostNinetyPercent() {
        PromotionRequests.Sale sale =
                new PromotionRequests.Sale("Audio week", "audio", new BigDecimal("0.9"), FROM, UNTIL);
        assertThat(violations(sale)).isEmpty();
        assertThat(sale.toOffer().kind).isEqualTo(OfferKind.CATEGORY);
        assertThat(violations(new PromotionRequests.Sale("Audio week", "audio", new BigDecimal("0.91"), FROM, UNTIL)))
                .containsExactly("percent");
    }

    @Test
    void aBundleNamesTwoToTenDifferentProducts() {
        PromotionRequests.Bundle desk = new PromotionRequests.Bundle(
                "Desk set", List.of("p-head", "p-stand"), new BigDecimal("0.15"), FROM, UNTIL);
        assertThat(violations(desk)).isEmpty();
        assertThat(desk.toOffer().productIds).containsExactly("p-head", "p-stand");
        assertThat(violations(
                        new PromotionRequests.Bundle("Alone", List.of("p-head"), new BigDecimal("0.15"), FROM, UNTIL)))
                .containsExactly("productIds");
        assertThat(refused(() -> new PromotionRequests.Bundle(
                                "Twice", List.of("p-head", "p-head"), new BigDecimal("0.15"), FROM, UNTIL)
                        .toOffer()))
                .containsExactly(new FieldError("productIds", "must not repeat a product"));
    }
}
