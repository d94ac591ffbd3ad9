package io.comptoir.catalog;

import static io.comptoir.testing.Api.AUTH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.comptoir.testing.KafkaProbe;
import io.comptoir.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The category tree: created and changed by admins, each change on {@code catalog.category.updated}. */
@QuarkusTest
class CategoryFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void save(String id, Map<String, Object> body, int status) {
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/categories/" + id)
                .then()
                .statusCode(status);
    }

    @Test
    void categoriesFormATreeAndEveryChangeIsAnnounced() throws IOException {
        String audio = slug("audio");
        String headphones = slug("casques");
        try (KafkaProbe probe = KafkaProbe.of("catalog.category.updated")) {
            save(audio, Map.of("name", "Audio"), 200);
            save(headphones, Map.of("name", "Casques", "parentId", audio), 200);
            save(headphones, Map.of("name", "Casques et écouteurs", "parentId", audio), 200);

            ConsumerRecord<String, byte[]> last = probe.await(
                            r -> headphones.equals(r.key()), 2, Duration.ofSeconds(30))
                    .get(1);
            JsonNode event = JSON.readTree(KafkaProbe.value(last));
            assertThat(event.path("name").asText()).isEqualTo("Casques et écouteurs");
            assertThat(event.path("parentId").asText()).isEqualTo(audio);
            probe.assertExactly(r -> audio.equals(r.key()), 1);
        }
        given().get("/api/categories").then().statusCode(200).body("id", hasItems(audio, headphones));
        given().get("/api/categories/" + headphones)
                .then()
                .statusCode(200)
                .body("name", equalTo("Casques et écouteurs"))
                .body("parentId", equalTo(audio));
    }

    @Test
    void aParentMustExistAndNoCategoryEndsUnderItself() {
        String root = slug("root");
        String child = slug("child");
        save(root, Map.of("name", "Root"), 200);
        save(child, Map.of("name", "Child", "parentId", root), 200);
        given().header(AUTH, Tokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Root", "parentId", child))
                .put("/api/categories/" + root)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parentId"));
        save(slug("orphan"), Map.of("name", "Orphan", "parentId", slug("missing")), 422);
        // The refused change left the tree as it was.
        given().get("/api/categories/" + root).then().statusCode(200).body("parentId", equalTo(null));
    }

    @Test
    void badInputAndStrangersAreRefused() {
        save("Not A Slug", Map.of("name", "x"), 400);
        save(slug("blank"), Map.of("name", " "), 400);
        given().header(AUTH, Tokens.customer("eve"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .put("/api/categories/" + slug("eve"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .put("/api/categories/" + slug("anon"))
                .then()
                .statusCode(401);
        given().get("/api/categories/" + slug("none")).then().statusCode(404).contentType("application/problem+json");
    }
}
