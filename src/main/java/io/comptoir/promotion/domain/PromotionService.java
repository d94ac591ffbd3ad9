package io.comptoir.promotion.domain;

import io.comptoir.events.Topic;
import io.comptoir.events.order.OrderPlaced;
import io.comptoir.events.order.OrderStatusChanged;
import io.comptoir.events.promotion.PromoCodeCreated;
import io.comptoir.events.promotion.PromoCodeRedeemed;
import io.comptoir.events.promotion.SaleEnded;
import io.comptoir.events.promotion.SaleStarted;
import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.events.EventEnvelope;
import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.EventBuffer;
import io.comptoir.kernel.problem.NotFoundException;
import io.comptoir.kernel.web.PageRequest;
import io.comptoir.kernel.web.PageResponse;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Promo codes and timed offers. Codes and offers are announced to the order engine, which applies
 * them at checkout; each order that used a code comes back here ({@code order.order.placed}) to be
 * redeemed or refused in one atomic write of the code, which is what keeps the limits under
 * concurrent checkouts and several replicas. A cancelled order gives its use back.
 */
@ApplicationScoped
public class PromotionService {

    public record PromotionStats(long codes, long redemptions, Map<OfferStatus, Long> offers) {}

    private final PromoCodeRepository codes;
    private final OfferRepository offers;

    PromotionService(PromoCodeRepository codes, OfferRepository offers) {
        this.codes = codes;
        this.offers = offers;
    }

    /** Creates a code (its terms checked by the caller); 409 when the code exists. */
    public PromoCode createCode(PromoCode code, Cause cause) {
        code.createdAt = Instant.now();
        return codes.create(
                code,
                cause,
                events -> events.add(
                        Topic.PROMOTION_CODE_CREATED,
                        code.id,
                        new PromoCodeCreated(
                                code.id,
                                code.kind.name(),
                                code.percent,
                                code.amount,
                                code.minimumOrder,
                                code.validFrom,
                                code.validUntil,
                                code.globalLimit,
                                code.perCustomerLimit)));
    }

    public Optional<PromoCode> code(String code) {
        return codes.findByIdOptional(code);
    }

    public PageResponse<PromoCode> codes(PageRequest paging) {
        var found =
                codes.findAll(Sort.by("createdAt", Sort.Direction.Descending).and("_id"));
        return paging.of(found);
    }

    /** Creates an offer, started at once when its start has come. */
    public Offer createOffer(Offer offer, Cause cause) {
        Instant now = Instant.now();
        offer.createdAt = now;
        offer.status = OfferStatus.SCHEDULED;
        return offers.create(offer, cause, events -> advance(offer, now, events));
    }

    /** Ends an offer now (an admin's decision); an ended offer stays as it is. */
    public Offer endOffer(String id, Cause cause) {
        return offers.modify(id, cause, (offer, events) -> {
                    if (offer.status != OfferStatus.ENDED) {
                        end(offer, Instant.now(), events);
                    }
                    return offer;
                })
                .orElseThrow(() -> new NotFoundException("no offer " + id));
    }

    /**
     * Starts and ends the offers whose time has come. Safe on several replicas at once: each change
     * is a versioned write, so the replica that loses the race re-reads the offer, finds it already
     * moved on, and announces nothing.
     */
    public int advanceDueOffers(Cause cause) {
        Instant now = Instant.now();
        return offers.modifyEach(offers.due(now), cause, (offer, events) -> advance(offer, now, events));
    }

    public Optional<Offer> offer(String id) {
        return offers.findByIdOptional(id);
    }

    public PageResponse<Offer> offers(OfferStatus status, PageRequest paging) {
        Sort byStart = Sort.by("startsAt", Sort.Direction.Descending).and("_id");
        var found = status == null ? offers.findAll(byStart) : offers.find("status", byStart, status.name());
        return paging.of(found);
    }

    /** Redeems the code an order used, or refuses it when a limit or the window forbids it now. */
    public void onPlaced(OrderPlaced order, EventEnvelope event) {
        if (order.promoCode() == null) {
            return;
        }
        Money discount = codeDiscount(order);
        codes.applyIfPresent(
                order.promoCode(),
                event,
                (code, events) ->
                        redeem(code, order.orderId(), order.customerId(), discount, order.placedAt(), events));
    }

    /** What the code took off the order, as the order engine priced it (zero when it took nothing). */
    static Money codeDiscount(OrderPlaced order) {
        return order.discounts().stream()
                .filter(d -> d.kind().equals("CODE"))
                .map(OrderPlaced.Discount::amount)
                .findFirst()
                .orElse(Money.of(0, order.total().currency()));
    }

    /** Redeems the code for the order placed {@code at}, or refuses it; once per order, announced. */
    static void redeem(
            PromoCode code, String orderId, String customerId, Money discount, Instant at, EventBuffer events) {
        if (code.redemption(orderId).isPresent()) {
            return; // decided already, or the order was cancelled first
        }
        PromoCode.Redemption redemption = new PromoCode.Redemption();
        redemption.orderId = orderId;
        redemption.customerId = customerId;
        redemption.discount = discount;
        redemption.at = at;
        redemption.reason = refusal(code, customerId, at);
        redemption.status = redemption.reason == null ? RedemptionStatus.REDEEMED : RedemptionStatus.REFUSED;
        code.redemptions.add(redemption);
        if (redemption.status == RedemptionStatus.REDEEMED) {
            code.uses++;
        }
        events.add(
                Topic.PROMOTION_CODE_REDEEMED,
                code.id,
                new PromoCodeRedeemed(
                        code.id,
                        customerId,
                        orderId,
                        discount,
                        redemption.status == RedemptionStatus.REDEEMED,
                        redemption.status == RedemptionStatus.REDEEMED ? null : PromoCodeRedeemed.REFUSED,
                        code.uses,
                        code.uses(customerId)));
    }

    /** A cancelled order gives its use back; seen before the placement, it keeps that from counting. */
    public void onCancelled(OrderStatusChanged order, EventEnvelope event) {
        if (order.promoCode() == null) {
            return;
        }
        codes.applyIfPresent(
                order.promoCode(),
                event,
                (code, events) -> release(code, order.orderId(), order.customerId(), order.changedAt()));
    }

    /** The order, cancelled {@code at}, gives its use back; cancelled before its placement, it never takes one. */
    static void release(PromoCode code, String orderId, String customerId, Instant at) {
        Optional<PromoCode.Redemption> found = code.redemption(orderId);
        if (found.isEmpty()) {
            PromoCode.Redemption early = new PromoCode.Redemption();
            early.orderId = orderId;
            early.customerId = customerId;
            early.status = RedemptionStatus.RELEASED;
            early.at = at;
            code.redemptions.add(early);
        } else if (found.get().status == RedemptionStatus.REDEEMED) {
            found.get().status = RedemptionStatus.RELEASED;
            code.uses--;
        }
    }

    public PromotionStats stats() {
        Map<OfferStatus, Long> byStatus = new LinkedHashMap<>();
        for (OfferStatus status : OfferStatus.values()) {
            byStatus.put(status, offers.count("status", status.name()));
        }
        return new PromotionStats(codes.count(), codes.sum("uses").get("uses"), byStatus);
    }

    /** Why the code cannot be redeemed for this order now, or null when it can. */
    static String refusal(PromoCode code, String customerId, Instant at) {
        if (at.isBefore(code.validFrom) || !at.isBefore(code.validUntil)) {
            return "outside its validity window";
        }
        if (code.globalLimit != null && code.uses >= code.globalLimit) {
            return "used up (" + code.globalLimit + " uses)";
        }
        if (code.perCustomerLimit != null && code.uses(customerId) >= code.perCustomerLimit) {
            return "already used " + code.perCustomerLimit + " time(s) by this customer";
        }
        return null;
    }

    /** Starts or ends the offer as its window says at {@code now}; true when it moved. */
    static boolean advance(Offer offer, Instant now, EventBuffer events) {
        if (offer.status == OfferStatus.ENDED) {
            return false;
        }
        if (!now.isBefore(offer.endsAt)) {
            end(offer, now, events);
            return true;
        }
        if (offer.status == OfferStatus.SCHEDULED && !now.isBefore(offer.startsAt)) {
            offer.status = OfferStatus.RUNNING;
            events.add(
                    Topic.PROMOTION_SALE_STARTED,
                    offer.id,
                    new SaleStarted(
                            offer.id,
                            offer.kind.name(),
                            offer.name,
                            offer.categoryId,
                            List.copyOf(offer.productIds),
                            offer.percent,
                            offer.startsAt,
                            offer.endsAt));
            return true;
        }
        return false;
    }

    static void end(Offer offer, Instant now, EventBuffer events) {
        offer.status = OfferStatus.ENDED;
        offer.endsAt = now.isBefore(offer.endsAt) ? now : offer.endsAt;
        events.add(Topic.PROMOTION_SALE_ENDED, offer.id, new SaleEnded(offer.id, now));
    }
}
