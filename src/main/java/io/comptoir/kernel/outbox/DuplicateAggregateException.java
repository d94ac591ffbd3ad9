package io.comptoir.kernel.outbox;

/** An aggregate with this id or unique key already exists (HTTP 409). */
public class DuplicateAggregateException extends RuntimeException {

    public DuplicateAggregateException(String message) {
        super(message);
    }
}
