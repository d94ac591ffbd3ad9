package io.comptoir.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.comptoir.testing.Api;
import io.comptoir.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The relay beyond its own process's writes: its sweep finds events that another process stored
 * (one whose relay is off, or that died before relaying), and it leaves alone a document that
 * another replica has leased until that lease runs out.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    MongoClient mongo;

    @Test
    void eventsStoredByAnotherProcessAreRelayedByTheSweep() {
        String productId = Api.unique("foreign");
        String docId = UUID.randomUUID().toString();
        outbox().insertOne(new Document("_id", docId)
                .append("outbox", List.of(viewed(productId)))
                .append("outboxAt", new Date()));

        try (KafkaProbe probe = KafkaProbe.of("catalog.product.viewed")) {
            var record = probe.await(r -> productId.equals(r.key()), 1, Duration.ofSeconds(30))
                    .getFirst();
            assertThat(KafkaProbe.value(record)).contains("\"sessionId\":\"s-1\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox().countDocuments(new Document("_id", docId)) == 0);
    }

    @Test
    void aDocumentLeasedByAnotherReplicaWaitsForTheLeaseToRunOut() {
        String productId = Api.unique("leased");
        Date leaseEnd = new Date(System.currentTimeMillis() + 6_000);
        outbox().insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("outbox", List.of(viewed(productId)))
                .append("outboxAt", new Date())
                .append("relayClaim", "another-replica:pass-1")
                .append("relayLease", leaseEnd));

        try (KafkaProbe probe = KafkaProbe.of("catalog.product.viewed")) {
            // Published once the lease ran out, not before: the broker's timestamp says when.
            var record = probe.await(r -> productId.equals(r.key()), 1, Duration.ofSeconds(30))
                    .getFirst();
            assertThat(record.timestamp()).isGreaterThanOrEqualTo(leaseEnd.getTime());
            probe.assertExactly(r -> productId.equals(r.key()), 1);
        }
    }

    @Test
    void anEventThatCanNeverBePublishedIsParkedAndBlocksNothing() {
        String productId = Api.unique("parked");
        Document unknown = viewed(productId).append("topic", "catalog.product.teleported");
        String unknownId = unknown.getString("id");
        outbox().insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("outbox", List.of(unknown, viewed(productId)))
                .append("outboxAt", new Date()));

        try (KafkaProbe probe = KafkaProbe.of("catalog.product.viewed")) {
            probe.await(r -> productId.equals(r.key()), 1, Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document parked = mongo.getDatabase("comptoir")
                    .getCollection("outbox_parked")
                    .find(new Document("event.id", unknownId))
                    .first();
            assertThat(parked).isNotNull();
            assertThat(parked.getString("reason")).contains("catalog.product.teleported");
        });
    }

    private MongoCollection<Document> outbox() {
        return mongo.getDatabase("comptoir").getCollection("outbox");
    }

    /** A pending event as the kernel stores it. */
    private static Document viewed(String productId) {
        return new Document("id", UUID.randomUUID().toString())
                .append("topic", "catalog.product.viewed")
                .append("source", "/comptoir/catalog")
                .append("time", new Date())
                .append("subject", productId)
                .append("correlationId", "corr-" + productId)
                .append("dataVersion", 1)
                .append("data", "{\"productId\":\"" + productId + "\",\"sessionId\":\"s-1\",\"customerId\":null}");
    }
}
