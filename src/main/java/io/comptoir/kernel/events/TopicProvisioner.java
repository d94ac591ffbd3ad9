package io.comptoir.kernel.events;

import io.comptoir.events.Engine;
import io.comptoir.events.Topic;
import io.comptoir.kernel.config.ComptoirConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

/**
 * Dev and test: creates every registered topic and dead-letter topic before the consumers start,
 * so nothing waits for the broker's auto-creation. Production leaves topics to the platform.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    void provision(
            @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event,
            ComptoirConfig config,
            TopicNames names,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        if (!config.kafka().provisionTopics()) {
            return;
        }
        Map<String, Object> admin = new HashMap<>(kafka);
        admin.keySet()
                .retainAll(Set.of("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config"));
        List<String> wanted = Stream.concat(
                        Arrays.stream(Topic.values()).map(names::topic),
                        Arrays.stream(Engine.values()).map(names::deadLetter))
                .toList();
        try (Admin client = Admin.create(admin)) {
            Set<String> existing = client.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.kafka().partitions(), (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                client.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.infof("Created %d Kafka topics", missing.size());
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Could not provision Kafka topics, the broker will create them on use: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
