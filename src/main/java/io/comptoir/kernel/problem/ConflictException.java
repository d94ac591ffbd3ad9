package io.comptoir.kernel.problem;

/** The request contradicts the resource's current state, e.g. an illegal status transition (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
