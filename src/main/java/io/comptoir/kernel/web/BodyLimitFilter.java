package io.comptoir.kernel.web;

import io.comptoir.kernel.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem before reading it (Vert.x itself would answer 413 with an empty body).
 */
@ApplicationScoped
public class BodyLimitFilter {

    void register(
            @Observes Filters filters, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize max) {
        long limit = max.asLongValue();
        String problem = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"the body exceeds " + limit + " bytes\"}";
        filters.register(
                rc -> {
                    String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
                    if (length != null
                            && length.chars().allMatch(Character::isDigit)
                            && length.length() < 19
                            && Long.parseLong(length) > limit) {
                        rc.response()
                                .setStatusCode(413)
                                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                                .putHeader(HttpHeaders.CONNECTION, "close")
                                .end(problem);
                    } else {
                        rc.next();
                    }
                },
                1000);
    }
}
