package io.comptoir.kernel.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter with a value it cannot take (HTTP 400, naming it). A {@code
 * WebApplicationException}, so that JAX-RS parameter conversion passes it on unwrapped.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
