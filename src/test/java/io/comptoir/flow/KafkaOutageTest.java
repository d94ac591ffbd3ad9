package io.comptoir.flow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the broker stopped, the API keeps accepting orders and stays ready; once it is back, every
 * event is delivered exactly once and every effect happens once.
 */
@QuarkusTest
class KafkaOutageTest {

    @Test
    void ordersAreAcceptedDuringAnOutageAndEveryEventArrivesOnceAfter() {
        String customer = Api.unique("outage");
        String sku = Api.unique("OUT");
        String productId = Api.createProduct(sku, 4_000);
        String first = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        Api.awaitLoyalty(customer, 0, 104);

        List<String> placedDuringOutage = new ArrayList<>();
        ComptoirInfra.kafka().stop();
        try {
            for (int i = 0; i < 5; i++) {
                placedDuringOutage.add(Api.placeOrder(customer, productId, sku, 2)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
            }
            Api.changeStatus(first, "CONFIRMED").then().statusCode(200);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonPath ready = given().get("/q/health/ready")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                assertThat(ready.getString("status")).isEqualTo("UP");
                assertThat(ready.getString("checks.find { it.name == 'kafka-outbox' }.data.kafka"))
                        .isEqualTo("unreachable");
                assertThat(ready.getInt("checks.find { it.name == 'kafka-outbox' }.data.backlog"))
                        .isGreaterThanOrEqualTo(6);
            });
        } finally {
            ComptoirInfra.kafka().start();
        }

        try (KafkaProbe probe = KafkaProbe.of("order.order.placed", "order.order.confirmed")) {
            for (String orderId : placedDuringOutage) {
                probe.await(r -> orderId.equals(r.key()), 1, Duration.ofSeconds(90));
            }
            probe.assertExactly(r -> placedDuringOutage.contains(r.key()), placedDuringOutage.size());
            probe.assertExactly(r -> first.equals(r.key()), 2);
        }
        // 104 pending for the first order (4 points and the bonus), then 8 for each of the five.
        Api.awaitLoyalty(customer, 0, 104 + 5 * 8);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'kafka-outbox' }.data.kafka", equalTo("reachable")));
    }
}
