package io.comptoir.customer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The customer engine's settings. */
@ConfigMapping(prefix = "comptoir.customer")
public interface CustomerConfig {

    /** How long the subscription endpoint waits for the payment engine's answer before a 504. */
    @WithDefault("10s")
    Duration subscriptionReplyTimeout();

    /** Currency of the incomes profiled and of the amounts RFM scores (other currencies are refused or not scored). */
    @WithDefault("XOF")
    String currency();

    /** Profiling thresholds (seed 004's, in minor units of {@link #currency()}). */
    Profiling profiling();

    /** RFM scoring from order events. */
    Rfm rfm();

    interface Profiling {

        /** Yearly income below which a customer is not eligible for promotion (seed: 20,000). */
        @WithDefault("12000000")
        long eligibleIncome();

        /** Yearly income below which the income is a risk factor (seed: 50,000). */
        @WithDefault("30000000")
        long lowIncome();

        /** Yearly income from which a customer earns the premium rewards (seed: 100,000). */
        @WithDefault("60000000")
        long premiumIncome();
    }

    interface Rfm {

        /** Days since the last order at most which recency scores 5, 4, 3, 2 (beyond: 1). */
        @WithDefault("7,30,90,180")
        List<Integer> recencyDays();

        /** Orders from which frequency scores 2, 3, 4, 5. */
        @WithDefault("2,3,5,10")
        List<Integer> frequencyOrders();

        /** Amount spent (minor units) from which monetary scores 2, 3, 4, 5. */
        @WithDefault("50000,200000,500000,1000000")
        List<Long> monetarySpent();

        /** How often recency is scored again for customers who have not ordered since (it ages). */
        @WithDefault("1h")
        Duration refreshEvery();
    }
}
