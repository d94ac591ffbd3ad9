package io.comptoir.order.domain;

import io.comptoir.kernel.money.Money;
import io.comptoir.kernel.outbox.Aggregate;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The order engine's copy of a promo code's terms, kept from {@code promotion.code.created} (its
 * id is the code): what checkout needs to price an order with it. Uses are counted from this
 * engine's own orders; the promotion engine has the last word on each redemption.
 */
@MongoEntity(collection = "order_promo_codes")
public class PromoCodeTerms extends Aggregate {

    public static final String PERCENT = "PERCENT";

    public String kind;
    public BigDecimal percent;
    public Money amount;
    public Money minimumOrder;
    public Instant validFrom;
    public Instant validUntil;
    public Integer globalLimit;
    public Integer perCustomerLimit;

    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validUntil);
    }
}
