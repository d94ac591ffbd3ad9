package io.comptoir.promotion.rest;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.money.ValidMoney;
import io.comptoir.kernel.problem.Problem;
import io.comptoir.kernel.problem.UnprocessableException;
import io.comptoir.kernel.web.Identifiers;
import io.comptoir.promotion.domain.Offer;
import io.comptoir.promotion.domain.OfferKind;
import io.comptoir.promotion.domain.PromoCode;
import io.comptoir.promotion.domain.PromoKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Request bodies of the promotion endpoints; percentages are fractions (0.10 is 10 %). */
final class PromotionRequests {

    static final String CODE = "[A-Za-z0-9_-]{3,32}";

    private PromotionRequests() {}

    /** {@code POST /api/promotions/codes}: {@code percent} for PERCENT, {@code amount} for FIXED. */
    record Code(
            @NotNull @Pattern(regexp = CODE, message = "must be 3-32 letters, digits, '_' or '-'") String code,
            @NotNull PromoKind kind,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4)
                    BigDecimal percent,
            @Valid @ValidMoney(min = 1) Money amount,
            @Valid @ValidMoney(min = 1) Money minimumOrder,
            Instant validFrom,
            @NotNull Instant validUntil,
            @Min(1) @Max(100_000_000) Integer globalLimit,
            @Min(1) @Max(1_000) Integer perCustomerLimit) {

        /** The code as stored, upper-case; 422 when the terms contradict each other. */
        PromoCode toCode() {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (kind == PromoKind.PERCENT && (percent == null || amount != null)) {
                errors.add(new Problem.FieldError("percent", "a PERCENT code has a percent and no amount"));
            }
            if (kind == PromoKind.FIXED && (amount == null || percent != null)) {
                errors.add(new Problem.FieldError("amount", "a FIXED code has an amount and no percent"));
            }
            if (amount != null && minimumOrder != null && !amount.currency().equals(minimumOrder.currency())) {
                errors.add(new Problem.FieldError("minimumOrder", "must be in the amount's currency"));
            }
            Instant from = validFrom == null ? Instant.now() : validFrom;
            window(from, validUntil, "validUntil", errors);
            PromoCode created = new PromoCode();
            created.id = code.toUpperCase(Locale.ROOT);
            created.kind = kind;
            created.percent = percent;
            created.amount = amount;
            created.minimumOrder = minimumOrder;
            created.validFrom = from;
            created.validUntil = validUntil;
            created.globalLimit = globalLimit;
            created.perCustomerLimit = perCustomerLimit;
            return created;
        }
    }

    /** {@code POST /api/promotions/sales}: percent off a category's products from start to end. */
    record Sale(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = Identifiers.ID) String categoryId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("0.9") @Digits(integer = 1, fraction = 4)
                    BigDecimal percent,
            Instant startsAt,
            @NotNull Instant endsAt) {

        Offer toOffer() {
            return offer(OfferKind.CATEGORY, name, categoryId, List.of(), percent, startsAt, endsAt, List.of());
        }
    }

    /** {@code POST /api/promotions/bundles}: percent off each complete set of these products. */
    record Bundle(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(min = 2, max = 10) List<@NotBlank @Pattern(regexp = Identifiers.ID) String> productIds,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("0.9") @Digits(integer = 1, fraction = 4)
                    BigDecimal percent,
            Instant startsAt,
            @NotNull Instant endsAt) {

        Offer toOffer() {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (new HashSet<>(productIds).size() != productIds.size()) {
                errors.add(new Problem.FieldError("productIds", "must not repeat a product"));
            }
            return offer(OfferKind.BUNDLE, name, null, productIds, percent, startsAt, endsAt, errors);
        }
    }

    private static Offer offer(
            OfferKind kind,
            String name,
            String categoryId,
            List<String> productIds,
            BigDecimal percent,
            Instant startsAt,
            Instant endsAt,
            List<Problem.FieldError> found) {
        List<Problem.FieldError> errors = new ArrayList<>(found);
        Instant start = startsAt == null ? Instant.now() : startsAt;
        window(start, endsAt, "endsAt", errors);
        Offer offer = new Offer();
        offer.kind = kind;
        offer.name = name;
        offer.categoryId = categoryId;
        offer.productIds = new ArrayList<>(productIds);
        offer.percent = percent;
        offer.startsAt = start;
        offer.endsAt = endsAt;
        return offer;
    }

    /** The window must end after it starts; with the errors found so far, 422 when any. */
    private static void window(Instant start, Instant end, String field, List<Problem.FieldError> errors) {
        if (!end.isAfter(start)) {
            errors.add(new Problem.FieldError(field, "must be after the start (" + start + ")"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException("contradictory terms", errors);
        }
    }
}
