package io.comptoir.kernel.engine;

import io.comptoir.events.Engine;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Periodic jobs of the engines, scheduled only in the processes that run their engine. Every
 * replica running it runs the job, so a job must be safe when replicas race (versioned writes).
 */
@ApplicationScoped
public class EngineJobs {

    private static final Logger LOG = Logger.getLogger(EngineJobs.class);

    private final Scheduler scheduler;
    private final Engines engines;

    EngineJobs(Scheduler scheduler, Engines engines) {
        this.scheduler = scheduler;
        this.engines = engines;
    }

    /** Runs {@code job} every {@code every} when {@code engine} runs here; {@code job} returns how much it changed. */
    public void every(Engine engine, String name, Duration every, IntSupplier job) {
        if (!engines.isEnabled(engine)) {
            return;
        }
        scheduler
                .newJob(engine.id() + "-" + name)
                .setInterval(every.toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> {
                    int changed = job.getAsInt();
                    if (changed > 0) {
                        LOG.debugf("%s %s: %d changes", engine.id(), name, changed);
                    }
                })
                .schedule();
    }
}
