package io.comptoir.kernel.problem;

import java.util.List;

/** Well-formed input that names things that do not exist or cannot be used (HTTP 422). */
public class UnprocessableException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public UnprocessableException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
