package io.comptoir.kernel.events;

/**
 * A record that can never be processed, however often it is retried (malformed envelope, unknown
 * type or schema version, payload that does not parse or validate): it goes straight to the
 * engine's dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
