package io.comptoir.kernel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data for Kafka and the outbox. Always UP: while Kafka is unreachable the outbox absorbs
 * the events and the API keeps serving, so the pod must stay in the load balancer; the data says
 * whether Kafka answers and how many documents wait to be relayed. MongoDB has its own check.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;

    OutboxHealthCheck(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("kafka-outbox")
                .up()
                .withData("kafka", relay.kafkaReachable() ? "reachable" : "unreachable")
                .withData("backlog", relay.backlog())
                .build();
    }
}
