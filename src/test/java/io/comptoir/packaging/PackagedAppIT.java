package io.comptoir.packaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged production application (as {@code java -jar target/quarkus-app/quarkus-run.jar},
 * pointed at the test broker and wire server) and checks that it serves: it must start without
 * the dev-only classes that the build leaves out.
 */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void productionApplicationStartsAndServes() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("kafka-outbox", "MongoDB connection health check"));
        given().get("/api/products").then().statusCode(200);
        given().contentType("application/json")
                .body("{}")
                .post("/api/products")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/dev/token?sub=x").then().statusCode(404);
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(not(containsString("/dev/token")));
    }
}
