package io.comptoir.loyalty;

import static io.comptoir.loyalty.LoyaltyFlowTest.awaitAccount;
import static io.comptoir.loyalty.LoyaltyFlowTest.delta;
import static io.comptoir.loyalty.LoyaltyFlowTest.json;
import static io.comptoir.loyalty.LoyaltyFlowTest.on;
import static io.comptoir.loyalty.LoyaltyFlowTest.stats;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.ShortClocks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With points expiring two seconds after their credit, the expiry job takes them off once and the tier falls back. */
@QuarkusTest
@TestProfile(ShortClocks.class)
class LoyaltyExpiryTest {

    @Test
    void unspentPointsExpireOnceAndLowerTheTier() {
        JsonNode before = stats();
        String customer = Api.unique("yao");
        String sku = Api.unique("FRIDGE");
        String productId = Api.createProduct(sku, 1_000_000);
        try (KafkaProbe probe =
                KafkaProbe.of("loyalty.points.earned", "loyalty.tier.upgraded", "loyalty.tier.downgraded")) {
            String orderId = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
            awaitAccount(customer, 0, 1_100, 0);
            LoyaltyFlowTest.deliver(orderId);

            assertThat(json(probe.awaitOne(on("loyalty.points.earned", customer)))
                            .path("points")
                            .asLong())
                    .isEqualTo(1_100);
            assertThat(json(probe.awaitOne(on("loyalty.tier.upgraded", customer)))
                            .path("tier")
                            .asText())
                    .isEqualTo("SILVER");
            JsonNode downgraded = json(probe.awaitOne(on("loyalty.tier.downgraded", customer)));
            assertThat(downgraded.path("previousTier").asText()).isEqualTo("SILVER");
            assertThat(downgraded.path("tier").asText()).isEqualTo("BRONZE");
            assertThat(downgraded.path("qualifyingPoints").asLong()).isZero();
            JsonNode account = awaitAccount(customer, 0, 0, 0);
            assertThat(account.path("tier").asText()).isEqualTo("BRONZE");
            // The job runs every second: the points expire once, the downgrade is announced once.
            probe.assertExactly(on("loyalty.tier.downgraded", customer), 1);
        }
        JsonNode after = stats();
        assertThat(delta(before, after, "pointsExpired")).isEqualTo(1_100);
        assertThat(delta(before, after, "pointsIssued")).isEqualTo(1_100);
        assertThat(delta(before, after, "pointsHeld")).isZero();
    }
}
