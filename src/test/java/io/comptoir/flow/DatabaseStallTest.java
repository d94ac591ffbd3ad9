package io.comptoir.flow;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.ForeignEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A database that hangs while records wait on Kafka is an outage, not a death: the application
 * stays live during and after it, and once the database answers again every waiting record is
 * handled exactly once. The test profile sets SmallRye's own stuck-record threshold to one second
 * for every channel (application.properties), so a channel that let it apply would be reported
 * dead well within the stall.
 */
@QuarkusTest
class DatabaseStallTest {

    private static final Duration STALL = Duration.ofSeconds(8);

    @Test
    void recordsWaitingThroughAStallAreHandledOnceAndTheApplicationStaysLive() {
        String customer = Api.unique("stall");
        placed(customer, 1_000);
        Api.awaitLoyalty(customer, 0, 101);

        ComptoirInfra.mongo().freeze();
        long thawAt = System.nanoTime() + STALL.toNanos();
        try {
            for (int i = 0; i < 5; i++) {
                placed(customer, 2_000);
            }
            // Live all along, well past every threshold of the channels' own health checks.
            await().atMost(STALL.plusSeconds(5))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        given().get("/q/health/live").then().statusCode(200);
                        return System.nanoTime() >= thawAt;
                    });
        } finally {
            ComptoirInfra.mongo().thaw();
        }

        // Every waiting order earns its points once: 101 + 5 × 2.
        Api.awaitLoyalty(customer, 0, 111);
        given().get("/q/health/live").then().statusCode(200);
    }

    private static void placed(String customer, long total) {
        String orderId = Api.unique("order");
        ForeignEvents.publish(Topic.ORDER_ORDER_PLACED, orderId, ForeignEvents.orderPlaced(orderId, customer, total));
    }
}
