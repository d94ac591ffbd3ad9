package io.comptoir.kernel;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

import io.comptoir.devinfra.FreePorts;
import io.comptoir.testing.Api;
import io.comptoir.testing.ComptoirInfra;
import io.comptoir.testing.PackagedArtifact;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Engine groups as deployed by {@code k8s/}: the packaged application launched for this test runs
 * catalog, order and inventory, a second process of the same artifact runs loyalty. They share
 * nothing but Kafka and MongoDB, each serves only its own engines, and an order placed on the first
 * earns points on the second. Also runs {@link EngineSwitchTest} against the packaged application.
 */
@QuarkusIntegrationTest
@TestProfile(EngineSwitchTest.WithoutLoyalty.class)
class EngineGroupsIT extends EngineSwitchTest {

    @Test
    void twoGroupsCooperateThroughKafka() throws Exception {
        int port = FreePorts.next();
        Process loyaltyGroup = start("loyalty", port);
        try {
            await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .untilAsserted(() ->
                            given().port(port).get("/q/health/ready").then().statusCode(200));

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
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(members(admin, "comptoir-order")).isEqualTo(3);
                    assertThat(members(admin, "comptoir-loyalty")).isEqualTo(3);
                });
                stop(loyaltyGroup);
                // The loyalty consumers were all the second process's: the first runs none.
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(members(admin, "comptoir-loyalty")).isZero();
                    assertThat(members(admin, "comptoir-order")).isEqualTo(3);
                });
            }
        } finally {
            stop(loyaltyGroup);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The same packaged application, another process, only {@code engines} on, same Kafka, MongoDB and keys. */
    private static Process start(String engines, int port) throws Exception {
        String publicKey = ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey", String.class);
        File log = Path.of("target", "engine-group-" + engines + ".log").toFile();
        return new ProcessBuilder(PackagedArtifact.current()
                        .command(List.of(
                                "-Dcomptoir.engines=" + engines,
                                "-Dquarkus.http.port=" + port,
                                "-Dkafka.bootstrap.servers="
                                        + ComptoirInfra.kafka().bootstrapServers(),
                                "-Dquarkus.mongodb.connection-string=" + ComptoirInfra.mongoConnectionString(),
                                "-Dmp.jwt.verify.publickey=" + publicKey)))
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }
}
