package io.comptoir.order.domain;

import io.comptoir.events.promotion.PromoCodeCreated;
import io.comptoir.events.promotion.SaleEnded;
import io.comptoir.events.promotion.SaleStarted;
import io.comptoir.kernel.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;

/** Keeps the order engine's copy of promo codes and offers from the promotion engine's events. */
@ApplicationScoped
public class PromotionViewUpdater {

    private final PromoCodeTermsRepository codes;
    private final OfferRepository offers;

    PromotionViewUpdater(PromoCodeTermsRepository codes, OfferRepository offers) {
        this.codes = codes;
        this.offers = offers;
    }

    public void onCodeCreated(PromoCodeCreated code, EventEnvelope event) {
        codes.apply(code.code(), event, PromoCodeTerms::new, (terms, events) -> {
            terms.kind = code.kind();
            terms.percent = code.percent();
            terms.amount = code.amount();
            terms.minimumOrder = code.minimumOrder();
            terms.validFrom = code.validFrom();
            terms.validUntil = code.validUntil();
            terms.globalLimit = code.globalLimit();
            terms.perCustomerLimit = code.perCustomerLimit();
        });
    }

    public void onSaleStarted(SaleStarted sale, EventEnvelope event) {
        offers.apply(sale.saleId(), event, Offer::new, (offer, events) -> {
            offer.kind = sale.kind();
            offer.name = sale.name();
            offer.categoryId = sale.categoryId();
            offer.productIds = new ArrayList<>(sale.productIds());
            offer.percent = sale.percent();
            offer.startsAt = sale.startsAt();
            offer.endsAt = sale.endsAt();
        });
    }

    /** An end seen before the start is remembered, so the late start changes nothing. */
    public void onSaleEnded(SaleEnded sale, EventEnvelope event) {
        offers.apply(sale.saleId(), event, Offer::new, (offer, events) -> offer.ended = true);
    }
}
