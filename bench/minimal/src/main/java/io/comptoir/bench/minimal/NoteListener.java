package io.comptoir.bench.minimal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The one Kafka consumer: stores each record's value as a note; a blank value fails validation and
 * goes to the dead-letter topic (failure-strategy=dead-letter-queue in application.properties).
 */
@ApplicationScoped
public class NoteListener {

    private final Counter received;

    NoteListener(MeterRegistry registry) {
        this.received = registry.counter("minimal_notes_received");
    }

    @Incoming("notes-in")
    @Blocking
    public void receive(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("blank note");
        }
        Note note = new Note();
        note.text = text;
        note.persist();
        received.increment();
    }
}
