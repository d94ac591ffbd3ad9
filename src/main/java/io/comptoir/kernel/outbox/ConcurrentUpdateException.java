package io.comptoir.kernel.outbox;

/** The aggregate kept changing under us; the caller may try again (HTTP 409). */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
