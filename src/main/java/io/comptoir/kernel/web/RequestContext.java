package io.comptoir.kernel.web;

import io.comptoir.kernel.events.Cause;
import io.comptoir.kernel.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Per-request facts the kernel needs: the correlation id (the caller's {@code X-Correlation-Id} or a
 * new one, echoed in the response and carried by every event that follows) and the acting user.
 */
@RequestScoped
public class RequestContext {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final CurrentUser user;
    private String correlationId;

    RequestContext(CurrentUser user) {
        this.user = user;
    }

    public String correlationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        return correlationId;
    }

    void correlationId(String id) {
        this.correlationId = id;
    }

    /** The cause of events emitted while serving this request. */
    public Cause cause() {
        return new Cause(correlationId(), null, user.id());
    }
}
