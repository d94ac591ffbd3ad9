package io.comptoir.kernel;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

import io.comptoir.testing.Api;
import io.comptoir.testing.AppProcess;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.ThreeEngines;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * Engine groups as deployed by {@code k8s/}: the packaged application launched for this test runs
 * catalog, order and inventory, a second process of the same artifact runs loyalty. They share
 * nothing but Kafka and MongoDB, each serves only its own engines, and an order placed on the first
 * earns points on the second. Also runs {@link EngineSwitchTest} against the packaged application.
 */
@QuarkusIntegrationTest
@TestProfile(ThreeEngines.class)
class EngineGroupsIT extends EngineSwitchTest {

    @Test
    void twoGroupsCooperateThroughKafka() throws Exception {
        try (AppProcess loyaltyGroup = AppProcess.start("engine-group-loyalty", "loyalty", Map.of())) {
            int port = loyaltyGroup.port();
            given().port(port)
                    .header(AUTH, Tokens.admin())
                    .get("/api/products")
                    .then()
                    .statusCode(404);
            given().header(AUTH, Tokens.admin())
                    .get("/api/loyalty/someone")
                    .then()
                    .statusCode(404);

            String sku = Api.unique("GRP");
            String customer = Api.unique("groups");
            Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 5_000), sku, 2);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().port(port)
                    .header(AUTH, Tokens.customer(customer))
                    .get("/api/loyalty/" + customer)
                    .then()
                    .statusCode(200)
                    .body("pendingPoints", greaterThan(0)));

            try (Admin admin = Admin.create(
                    Map.of("bootstrap.servers", ComptoirInfra.kafka().bootstrapServers()))) {
                // One consumer per engine and process.
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(members(admin, "comptoir-order")).isEqualTo(1);
                    assertThat(members(admin, "comptoir-loyalty")).isEqualTo(1);
                });
                loyaltyGroup.close();
                // The loyalty consumer was the second process's: the first runs none.
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(members(admin, "comptoir-loyalty")).isZero();
                    assertThat(members(admin, "comptoir-order")).isEqualTo(1);
                });
            }
        }
    }
}
