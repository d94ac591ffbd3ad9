package io.comptoir.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.comptoir.devinfra.EmbeddedKafka;
import io.comptoir.devinfra.EmbeddedMongo;
import io.comptoir.devinfra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Starts a real Kafka broker (KRaft, in process) and a MongoDB-wire server on random loopback
 * ports, once per test JVM: every Quarkus start of the suite (one per test profile) reuses them.
 * Tests reach the broker through {@link #kafka()} to stop and restart it. Tokens are signed with the
 * key pair that Quarkus makes in memory for tests when none is configured.
 */
public class ComptoirInfra implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka kafka;
    private static EmbeddedMongo mongo;
    private static MongoClient client;

    @Override
    public synchronized Map<String, String> start() {
        if (kafka == null) {
            Path root = Path.of("target", "test-infra", UUID.randomUUID().toString())
                    .toAbsolutePath();
            kafka = new EmbeddedKafka(root.resolve("kafka"), FreePorts.next(), 3).start();
            mongo = EmbeddedMongo.inMemory(FreePorts.next()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.stop();
                mongo.close();
            }));
        }
        StripeDouble stripe = StripeDouble.launch();
        return Map.ofEntries(
                Map.entry("kafka.bootstrap.servers", kafka.bootstrapServers()),
                // Card payments go to the local Stripe double, through the real stripe-java client.
                Map.entry("comptoir.payment.stripe.api-key", StripeDouble.API_KEY),
                Map.entry("comptoir.payment.stripe.api-base", stripe.baseUrl()),
                Map.entry("quarkus.mongodb.connection-string", mongo.connectionString()),
                // The topics exist before anything runs, as the KafkaTopic resources make them in
                // production; also for the packaged application of the *IT tests (prod profile).
                Map.entry("comptoir.kafka.provision-topics", "true"),
                // The suite restarts the application often, and a packaged one may not leave its
                // consumer groups on the way out: its members are dropped after 6 s, not 45.
                Map.entry("mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000"),
                Map.entry("mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1500"),
                // Consumers commit what they handled every 100 ms, not 5 s: Quiet sees rest sooner.
                Map.entry("mp.messaging.connector.smallrye-kafka.auto.commit.interval.ms", "100"),
                // No SMTP server here: the packaged application mails into the mock mailbox too.
                Map.entry("quarkus.mailer.mock", "true"));
    }

    @Override
    public void stop() {
        // The servers outlive one Quarkus start: the next test profile reuses them; the JVM stops them.
    }

    public static EmbeddedKafka kafka() {
        return kafka;
    }

    public static EmbeddedMongo mongo() {
        return mongo;
    }

    public static String mongoConnectionString() {
        return mongo.connectionString();
    }

    /** The application's database on the tests' wire server, for what a test must see beneath the API. */
    public static synchronized MongoDatabase database() {
        if (client == null) {
            client = MongoClients.create(mongo.connectionString());
        }
        return client.getDatabase("comptoir");
    }
}
