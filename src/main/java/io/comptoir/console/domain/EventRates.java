package io.comptoir.console.domain;

import io.comptoir.console.config.ConsoleConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live chart's series: every {@code sample-interval}, how many records each topic received
 * ({@code out}: its end offsets moved) and had read ({@code in}: its most advanced consuming group
 * moved) since the sample before. Kept in memory for {@code history}; each replica samples for
 * itself, which is fine since offsets are the cluster's.
 */
@ApplicationScoped
public class EventRates {

    /** Records in and out of one topic during one interval. */
    public record Flow(long in, long out) {}

    /** The topics that moved during the interval ending {@code at}. */
    public record Sample(Instant at, Map<String, Flow> topics) {}

    /** {@code interval}: the sampling period, ISO-8601 ({@code PT10S}). */
    public record Rates(String interval, List<Sample> samples) {}

    private final PlatformStatus platform;
    private final ConsoleConfig config;
    private final Scheduler scheduler;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private Map<String, PlatformStatus.TopicFlow> previous;

    EventRates(PlatformStatus platform, ConsoleConfig config, Scheduler scheduler) {
        this.platform = platform;
        this.config = config;
        this.scheduler = scheduler;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        scheduler
                .newJob("console-rates")
                .setInterval(config.sampleInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> sample())
                .schedule();
    }

    /** Takes one sample: the deltas since the previous one (none after a failed look at Kafka). */
    void sample() {
        Map<String, PlatformStatus.TopicFlow> now = platform.flows().orElse(null);
        Instant at = Instant.now();
        synchronized (samples) {
            if (now != null && previous != null) {
                Map<String, Flow> moved = new TreeMap<>();
                now.forEach((topic, flow) -> {
                    PlatformStatus.TopicFlow before = previous.get(topic);
                    long in = Math.max(0, flow.consumed() - (before == null ? 0 : before.consumed()));
                    long out = Math.max(0, flow.produced() - (before == null ? 0 : before.produced()));
                    if (in > 0 || out > 0) {
                        moved.put(topic, new Flow(in, out));
                    }
                });
                samples.addLast(new Sample(at, moved));
            }
            if (now != null) {
                previous = now;
            }
            Instant oldest = at.minus(config.history());
            while (!samples.isEmpty() && samples.peekFirst().at().isBefore(oldest)) {
                samples.removeFirst();
            }
        }
    }

    /** The samples kept, oldest first. */
    public Rates rates() {
        synchronized (samples) {
            return new Rates(config.sampleInterval().toString(), List.copyOf(samples));
        }
    }
}
