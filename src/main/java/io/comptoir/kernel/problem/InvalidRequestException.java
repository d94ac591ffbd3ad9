package io.comptoir.kernel.problem;

/** A request that cannot be taken as it is, for a reason the caller is told (HTTP 400). */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
