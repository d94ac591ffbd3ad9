package io.comptoir.review;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customers who received a product (an order of theirs placed and delivered through the order
 * engine) review it; admins moderate; approvals publish the rating the catalogue then shows.
 */
@QuarkusTest
class ReviewFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ValidatableResponse review(String customer, String productId, Object rating, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        body.put("rating", rating);
        body.put("comment", comment);
        return given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/reviews")
                .then();
    }

    /** Places an order of the product for the customer and drives it to DELIVERED as admins do. */
    private static void deliver(String customer, String productId, String sku) {
        String orderId = Api.placeOrderWhenOrderable(customer, productId, sku, 1);
        for (String status : new String[] {"CONFIRMED", "SHIPPED", "DELIVERED"}) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
    }

    /** Reviews once the review engine has learnt of the delivery (422 until then); returns the review id. */
    private static String reviewWhenReceived(String customer, String productId, int rating, String comment) {
        String[] id = new String[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = review(customer, productId, rating, comment).extract();
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            assertThat(response.statusCode()).isEqualTo(422);
            return false;
        });
        return id[0];
    }

    private static ValidatableResponse moderate(String reviewId, String decision, Map<String, Object> body) {
        return given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/reviews/" + reviewId + "/" + decision)
                .then();
    }

    @Test
    void onlyACustomerWhoReceivedTheProductReviewsItOnce() {
        String sku = Api.unique("REV");
        String productId = Api.createProduct(sku, 15_000);
        String customer = Api.unique("buyer");
        String orderId = Api.placeOrderWhenOrderable(customer, productId, sku, 1);

        review(customer, productId, 5, "Great sound, solid build.")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("productId"))
                .body("errors[0].message", containsString("no delivered order of customer " + customer));
        review(Api.unique("stranger"), productId, 5, "Never bought it but love it")
                .statusCode(422);

        for (String status : new String[] {"CONFIRMED", "SHIPPED", "DELIVERED"}) {
            Api.changeStatus(orderId, status).then().statusCode(200);
        }
        String reviewId = reviewWhenReceived(customer, productId, 5, "Great sound, solid build.");
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/reviews/" + reviewId)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("rating", equalTo(5))
                .body("flags", empty());
        review(customer, productId, 4, "Changed my mind a little.")
                .statusCode(409)
                .body("detail", containsString("already reviewed"));
        given().header(AUTH, Tokens.customer("someone-else"))
                .get("/api/reviews/" + reviewId)
                .then()
                .statusCode(404);
    }

    @Test
    void commentsAreFlaggedAutomatically() {
        String sku = Api.unique("REV");
        String productId = Api.createProduct(sku, 9_000);
        String loud = Api.unique("loud");
        String terse = Api.unique("terse");
        deliver(loud, productId, sku);
        deliver(terse, productId, sku);
        String loudReview =
                reviewWhenReceived(loud, productId, 1, "TOTAL SCAM, BUY IT CHEAPER AT WWW.ELSEWHERE.EXAMPLE");
        String terseReview = reviewWhenReceived(terse, productId, 4, "ok");
        ValidatableResponse pending = given().header(AUTH, Tokens.admin())
                .get("/api/reviews/pending?size=100")
                .then()
                .statusCode(200);
        pending.body("items.find { it.id == '" + loudReview + "' }.flags", contains("BANNED_WORD", "LINK", "SHOUTING"));
        pending.body("items.find { it.id == '" + terseReview + "' }.flags", contains("TOO_SHORT"));
        given().header(AUTH, Tokens.admin())
                .get("/api/reviews/stats")
                .then()
                .body("flaggedPending", greaterThan(1))
                .body("ordersDelivered", greaterThan(1));
    }

    @Test
    void approvalsPublishTheRatingAndTheCatalogueShowsIt() {
        String sku = Api.unique("REV");
        String productId = Api.createProduct(sku, 12_000);
        String ana = Api.unique("ana");
        String ben = Api.unique("ben");
        String cy = Api.unique("cy");
        deliver(ana, productId, sku);
        deliver(ben, productId, sku);
        deliver(cy, productId, sku);
        String first = reviewWhenReceived(ana, productId, 5, "Excellent, exactly as described.");
        String second = reviewWhenReceived(ben, productId, 4, "Good value, arrived on time.");
        String third = reviewWhenReceived(cy, productId, 1, "Rubbish, do not buy this thing.");

        try (KafkaProbe probe =
                KafkaProbe.of("review.review.submitted", "review.review.approved", "review.review.rejected")) {
            probe.awaitOne(r -> r.topic().equals("review.review.submitted") && third.equals(r.key()));
            moderate(first, "approve", Map.of()).statusCode(200).body("status", equalTo("APPROVED"));
            moderate(second, "approve", Map.of()).statusCode(200);
            String approved = KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("review.review.approved") && second.equals(r.key())));
            assertThat(approved)
                    .contains("\"productId\":\"" + productId + "\"")
                    .contains("\"rating\":4")
                    .contains("\"averageRating\":4.50")
                    .contains("\"reviewCount\":2");

            moderate(third, "reject", Map.of("reason", "abusive"))
                    .statusCode(200)
                    .body("status", equalTo("REJECTED"));
            String rejected = KafkaProbe.value(
                    probe.awaitOne(r -> r.topic().equals("review.review.rejected") && third.equals(r.key())));
            assertThat(rejected).contains("\"reason\":\"abusive\"");

            // Approving again completes nothing twice; a decided review cannot be decided otherwise.
            moderate(first, "approve", Map.of()).statusCode(200);
            moderate(third, "approve", Map.of()).statusCode(409);
            moderate(first, "reject", Map.of("reason", "late")).statusCode(409);
            probe.assertExactly(r -> r.topic().equals("review.review.approved") && first.equals(r.key()), 1);
        }

        given().get("/api/reviews/products/" + productId)
                .then()
                .statusCode(200)
                .body("averageRating", equalTo(4.5f))
                .body("reviewCount", equalTo(2))
                .body("reviews.total", equalTo(2))
                .body("reviews.items.rating", contains(4, 5));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/products/" + productId)
                .then()
                .body("rating.average", equalTo(4.5f))
                .body("rating.count", equalTo(2)));
    }

    @Test
    void badInputIsRefusedAndModerationIsForAdmins() {
        String customer = Api.unique("bad");
        review(customer, "some-product", 6, "Too good to be true.")
                .statusCode(400)
                .contentType("application/problem+json");
        review(customer, "some-product", 0, "Too bad to be true.").statusCode(400);
        review(customer, null, 3, "Which product?").statusCode(400);
        review(customer, "some-product", "five", "Not a number").statusCode(400);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("productId", "p", "rating", 3))
                .post("/api/reviews")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer(customer))
                .get("/api/reviews/pending")
                .then()
                .statusCode(403);
        given().header(AUTH, Tokens.customer(customer))
                .contentType(ContentType.JSON)
                .post("/api/reviews/x/approve")
                .then()
                .statusCode(403);
        moderate("no-such-review", "approve", Map.of()).statusCode(404);
        moderate("no-such-review", "reject", Map.of()).statusCode(400);
        given().get("/api/reviews/products/unknown-product")
                .then()
                .statusCode(200)
                .body("averageRating", equalTo(0.0f))
                .body("reviewCount", equalTo(0));
        given().header(AUTH, Tokens.admin())
                .get("/api/reviews/stats")
                .then()
                .statusCode(200)
                .body("reviews.keySet()", contains("PENDING", "APPROVED", "REJECTED"));
    }
}
