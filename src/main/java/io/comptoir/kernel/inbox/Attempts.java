package io.comptoir.kernel.inbox;

import io.comptoir.kernel.events.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The retry policy of every consumer, in one place: transient failures (the database down or busy,
 * a concurrent update) are retried with exponential back-off and jitter for up to ten minutes,
 * holding the partition rather than dead-lettering a good event; a poison event is not retried.
 * Tunable per deployment with the MicroProfile Fault Tolerance keys of {@code Attempts/call/Retry}.
 */
@ApplicationScoped
public class Attempts {

    @Retry(
            maxRetries = -1,
            delay = 100,
            delayUnit = ChronoUnit.MILLIS,
            jitter = 50,
            maxDuration = 10,
            durationUnit = ChronoUnit.MINUTES,
            abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
