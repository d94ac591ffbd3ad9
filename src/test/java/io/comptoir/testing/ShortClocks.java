package io.comptoir.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * One application for the tests of the engines' clocks, made short, so they share one Quarkus start
 * instead of one each: four seconds to pay a card order (the order engine's deadline), invoices due
 * the day they are issued and overdue as soon as it has begun (billing), points expiring two seconds
 * after their credit (loyalty). Each touches a different engine, and the tests' orders are paid
 * cash on delivery unless a test says otherwise, so the clocks do not meet.
 */
public class ShortClocks implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "comptoir.order.payment-timeout", "4s",
                "comptoir.billing.payment-term-days", "0",
                "comptoir.billing.overdue-after", "PT0S",
                "comptoir.loyalty.points-expire-after", "PT2S");
    }
}
