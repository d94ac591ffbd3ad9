package io.comptoir.fraud;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.comptoir.testing.Api;
import io.comptoir.testing.ThreeEngines;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With the fraud engine switched off, no order waits for a decision: holds come only from a flag. */
@QuarkusTest
@TestProfile(ThreeEngines.class)
class FraudSwitchedOffTest {

    @Test
    void aLargeOrderConfirmsAtOnceAndTheFraudEndpointsAreGone() {
        String sku = Api.unique("OFF");
        String orderId = Api.placeOrderWhenOrderable(Api.unique("nofraud"), Api.createProduct(sku, 900_000), sku, 1);
        Api.changeStatus(orderId, "CONFIRMED")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("fraud", nullValue());
        given().header(AUTH, Tokens.admin())
                .get("/api/fraud/holds")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
