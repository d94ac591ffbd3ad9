package io.comptoir.console.rest;

import io.comptoir.console.config.ConsoleConfig;
import io.comptoir.kernel.problem.Problem;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** With {@code comptoir.console.enabled=false}, the operations API answers 404 as if it did not exist. */
public class ConsoleGate {

    private final ConsoleConfig config;

    ConsoleGate(ConsoleConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Response gate(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (config.enabled() || type == null || !type.getPackageName().startsWith("io.comptoir.console")) {
            return null;
        }
        return Problem.response(Response.Status.NOT_FOUND, "Not Found", "no such resource", null);
    }
}
