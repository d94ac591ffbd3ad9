package io.comptoir.kernel;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.ThreeEngines;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.Test;

/** With loyalty switched off, its endpoints are gone and its consumer group has no member. */
@QuarkusTest
@TestProfile(ThreeEngines.class)
class EngineSwitchTest {

    /** Members of a consumer group; a group that never existed has none. */
    static int members(Admin admin, String group) throws InterruptedException {
        try {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return description.members().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw new IllegalStateException(e);
        }
    }

    @Test
    void disabledEngineHasNoEndpointsNorConsumers() {
        given().header(AUTH, Tokens.admin())
                .get("/api/loyalty/someone")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        String sku = Api.unique("SW");
        String customer = Api.unique("switch");
        Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 3_000), sku, 1);

        try (Admin admin =
                Admin.create(Map.of("bootstrap.servers", ComptoirInfra.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(members(admin, "comptoir-order")).isPositive();
                assertThat(members(admin, "comptoir-loyalty")).isZero();
            });
        }
    }
}
