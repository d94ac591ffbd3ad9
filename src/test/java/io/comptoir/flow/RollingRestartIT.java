package io.comptoir.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.AppProcess;
import io.comptoir.testing.ForeignEvents;
import io.comptoir.testing.Quiet;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A rolling restart under load loses nothing and counts nothing twice: a second replica of the
 * loyalty engine (another process of the packaged application, beside the one under test) is
 * stopped with SIGTERM while orders pour in, and a new one started. The stopped replica's
 * partitions move to the other consumer at once (it left the group), records it had in flight are
 * handled again where they were not committed, and each order earns its points exactly once.
 */
@QuarkusIntegrationTest
class RollingRestartIT {

    private static final int CUSTOMERS = 20;
    private static final int ORDERS_EACH = 10;

    @Test
    void ordersPlacedAcrossAStopAndAStartEarnTheirPointsOnce() throws Exception {
        List<String> customers = IntStream.range(0, CUSTOMERS)
                .mapToObj(i -> Api.unique("rolling"))
                .toList();
        try (AppProcess first = AppProcess.start("rolling-1", "loyalty", Map.of())) {
            publish(customers, 0, ORDERS_EACH / 2);
            assertThat(first.stop()).as("stopped by itself on SIGTERM").isTrue();
        }
        publish(customers, ORDERS_EACH / 2, ORDERS_EACH);
        try (AppProcess second = AppProcess.start("rolling-2", "loyalty", Map.of())) {
            // 1,000 XOF an order: 1 point each, and the first purchase's 100.
            List<Long> earned = List.of(0L, 100L + ORDERS_EACH);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            assertThat(customers.stream().map(Api::loyalty)).containsOnly(earned));
            Quiet.settle();
            assertThat(customers.stream().map(Api::loyalty)).containsOnly(earned);
        }
    }

    /** Orders {@code from} (inclusive) to {@code to} of every customer, interleaved, in one burst. */
    private static void publish(List<String> customers, int from, int to) {
        List<Map.Entry<String, String>> orders = new ArrayList<>();
        for (int n = from; n < to; n++) {
            for (String customer : customers) {
                String orderId = customer + "-" + n;
                orders.add(Map.entry(orderId, ForeignEvents.orderPlaced(orderId, customer, 1_000)));
            }
        }
        ForeignEvents.publishAll(Topic.ORDER_ORDER_PLACED, orders);
    }
}
