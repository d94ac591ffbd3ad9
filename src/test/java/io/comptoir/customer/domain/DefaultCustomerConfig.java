package io.comptoir.customer.domain;

import io.comptoir.customer.config.CustomerConfig;
import java.time.Duration;
import java.util.List;

/** The customer engine's settings at their defaults, for unit tests of its rules. */
final class DefaultCustomerConfig {

    private DefaultCustomerConfig() {}

    static final CustomerConfig INSTANCE = new CustomerConfig() {
        @Override
        public Duration subscriptionReplyTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public String currency() {
            return "XOF";
        }

        @Override
        public Profiling profiling() {
            return new Profiling() {
                @Override
                public long eligibleIncome() {
                    return 12_000_000;
                }

                @Override
                public long lowIncome() {
                    return 30_000_000;
                }

                @Override
                public long premiumIncome() {
                    return 60_000_000;
                }
            };
        }

        @Override
        public Rfm rfm() {
            return new Rfm() {
                @Override
                public List<Integer> recencyDays() {
                    return List.of(7, 30, 90, 180);
                }

                @Override
                public List<Integer> frequencyOrders() {
                    return List.of(2, 3, 5, 10);
                }

                @Override
                public List<Long> monetarySpent() {
                    return List.of(50_000L, 200_000L, 500_000L, 1_000_000L);
                }

                @Override
                public Duration refreshEvery() {
                    return Duration.ofHours(1);
                }
            };
        }
    };
}
