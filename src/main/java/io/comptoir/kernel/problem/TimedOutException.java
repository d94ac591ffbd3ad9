package io.comptoir.kernel.problem;

/** An answer Comptoir waited for did not come in time; the request is kept (HTTP 504 with Retry-After). */
public class TimedOutException extends RuntimeException {

    public TimedOutException(String message) {
        super(message);
    }
}
