package io.comptoir.kernel.problem;

/** The addressed resource does not exist, or is not the caller's to see (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
