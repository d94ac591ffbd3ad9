package io.comptoir.kernel.problem;

/** Comptoir cannot take the request now; the caller should retry later (HTTP 503 with Retry-After). */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }
}
