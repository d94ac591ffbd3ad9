package io.comptoir.bench.minimal;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** The one scheduled job: counts the notes into a gauge. */
@ApplicationScoped
public class NoteCount {

    private final AtomicLong count;

    NoteCount(MeterRegistry registry) {
        this.count = registry.gauge("minimal_notes", new AtomicLong());
    }

    @Scheduled(every = "10s", delayed = "10s")
    void refresh() {
        count.set(Note.count());
    }
}
