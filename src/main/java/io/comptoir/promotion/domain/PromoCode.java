package io.comptoir.promotion.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A promo code (its id is the code, upper-case) with its terms and its redemptions, one per order:
 * every redemption is decided in one atomic write of this document, so concurrent orders never
 * take more uses than the limits allow.
 */
@MongoEntity(collection = "promotion_codes")
public class PromoCode extends Aggregate {

    public PromoKind kind;
    /** Of {@link PromoKind#PERCENT}: a fraction, 0.10 is 10 %. */
    public BigDecimal percent;
    /** Of {@link PromoKind#FIXED}. */
    public Money amount;

    public Money minimumOrder;
    public Instant validFrom;
    public Instant validUntil;
    public Integer globalLimit;
    public Integer perCustomerLimit;
    /** Redemptions in force (redeemed, not released). */
    public int uses;

    public List<Redemption> redemptions = new ArrayList<>();
    public Instant createdAt;

    /** What became of the code for one order. */
    public static class Redemption {
        public String orderId;
        public String customerId;
        public Money discount;
        public RedemptionStatus status;
        public String reason;
        public Instant at;
    }

    public Optional<Redemption> redemption(String orderId) {
        return redemptions.stream().filter(r -> r.orderId.equals(orderId)).findFirst();
    }

    public int uses(String customerId) {
        return (int) redemptions.stream()
                .filter(r -> r.customerId.equals(customerId) && r.status == RedemptionStatus.REDEEMED)
                .count();
    }
}
