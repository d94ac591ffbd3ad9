package io.comptoir.kernel.engine;

import io.comptoir.events.Engine;
import io.comptoir.kernel.problem.Problem;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes a disabled engine's endpoints disappear: a request matched to a resource of a switched-off
 * engine (its package says which) answers 404 as if the route did not exist.
 */
public class EngineGate {

    private final Engines engines;

    EngineGate(Engines engines) {
        this.engines = engines;
    }

    @ServerRequestFilter
    public Response gate(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (type == null) {
            return null;
        }
        return Engine.ofClass(type)
                .filter(engine -> !engines.isEnabled(engine))
                .map(engine -> Problem.response(Response.Status.NOT_FOUND, "Not Found", "no such resource", null))
                .orElse(null);
    }
}
