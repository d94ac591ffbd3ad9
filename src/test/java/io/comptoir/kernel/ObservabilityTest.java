package io.comptoir.kernel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI and AsyncAPI documents tell an operator what is going on. */
@QuarkusTest
class ObservabilityTest {

    @Test
    void healthReportsMongoAndKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka-outbox", "MongoDB connection health check"));
    }

    @Test
    void metricsCountEventsOutAndInPerTopic() {
        String sku = Api.unique("MET");
        String customer = Api.unique("metrics");
        Api.placeOrderWhenOrderable(customer, Api.createProduct(sku, 1_000), sku, 1);
        Api.awaitLoyalty(customer, 0, 101);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics =
                    given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics)
                    .contains("comptoir_events_out_total{topic=\"order.order.placed\"}")
                    .contains(
                            "comptoir_events_in_total{engine=\"loyalty\",outcome=\"handled\",topic=\"order.order.placed\"}")
                    .contains(
                            "comptoir_events_in_total{engine=\"order\",outcome=\"handled\",topic=\"catalog.product.created\"}")
                    .contains("comptoir_outbox_backlog");
        });
    }

    @Test
    void everyApiOperationIsDocumented() {
        JsonPath openapi = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        assertThat(paths.keySet())
                .contains(
                        "/api/products",
                        "/api/products/{id}",
                        "/api/products/{id}/variants",
                        "/api/orders",
                        "/api/orders/{id}",
                        "/api/orders/{id}/status",
                        "/api/loyalty/{customerId}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                assertThat(operation.get("summary"))
                        .as("%s %s summary", method, path)
                        .isNotNull();
            }
        }));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void asyncApiDocumentIsServed() {
        JsonPath asyncapi = given().get("/asyncapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        assertThat(asyncapi.getString("asyncapi")).isEqualTo("3.0.0");
        assertThat(asyncapi.getMap("channels").keySet())
                .contains("order.order.placed", "deadletter.loyalty")
                .hasSize(Topic.values().length + Engine.values().length);
    }
}
