package io.comptoir.devinfra;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev mode only: starts the embedded Kafka broker and MongoDB-wire server (data under {@code
 * .comptoir/dev}, kept across restarts) on the loopback addresses that the {@code %dev} profile
 * points at, before anything else starts. When {@code KAFKA_BOOTSTRAP_SERVERS} or {@code
 * QUARKUS_MONGODB_CONNECTION_STRING} name other servers, nothing embedded starts. Live reload
 * re-creates this bean with fresh classes, so the running servers are remembered in a system
 * property and not started twice. Also makes the key pair that dev tokens are signed with.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DevInfrastructure {

    private static final Logger LOG = Logger.getLogger(DevInfrastructure.class);
    private static final String RUNNING = "devinfra.running";

    void start(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            @ConfigProperty(name = "kafka.bootstrap.servers") String kafka,
            @ConfigProperty(name = "quarkus.mongodb.connection-string") String mongo,
            @ConfigProperty(name = "devinfra.kafka-address") String embeddedKafka,
            @ConfigProperty(name = "devinfra.mongodb-address") String embeddedMongo,
            @ConfigProperty(name = "devinfra.data-dir") Path dataDir) {
        DevKeys.ensure(dataDir.resolve("jwt"));
        synchronized (System.getProperties()) {
            if (System.getProperty(RUNNING) != null) {
                return;
            }
            if (kafka.equals(embeddedKafka)) {
                EmbeddedKafka broker = new EmbeddedKafka(dataDir.resolve("kafka"), port(embeddedKafka), 3).start();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "embedded-kafka-stop"));
                LOG.infof("Embedded Kafka broker started at %s (data in %s)", kafka, dataDir.resolve("kafka"));
            }
            if (mongo.equals(embeddedMongo)) {
                EmbeddedMongo server = EmbeddedMongo.inFile(dataDir.resolve("mongo.mv"), port(embeddedMongo))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mongo-stop"));
                LOG.infof("Embedded MongoDB-wire server started at %s (data in %s)", mongo, dataDir);
            }
            System.setProperty(RUNNING, "true");
        }
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
