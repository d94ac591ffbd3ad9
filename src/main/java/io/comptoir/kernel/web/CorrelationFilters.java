package io.comptoir.kernel.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's correlation id (or makes one), puts it in the log context and echoes it back. */
public class CorrelationFilters {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final RequestContext request;

    CorrelationFilters(RequestContext request) {
        this.request = request;
    }

    @ServerRequestFilter(preMatching = true)
    public void correlate(ContainerRequestContext context) {
        String given = context.getHeaderString(RequestContext.CORRELATION_HEADER);
        if (given != null && SAFE.matcher(given).matches()) {
            request.correlationId(given);
        }
        MDC.put("correlationId", request.correlationId());
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext context) {
        context.getHeaders().putSingle(RequestContext.CORRELATION_HEADER, request.correlationId());
        MDC.remove("correlationId");
    }
}
