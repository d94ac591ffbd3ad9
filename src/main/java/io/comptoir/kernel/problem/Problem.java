package io.comptoir.kernel.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx answer ({@code application/problem+json}),
 * with the offending fields when the request was invalid. Registered for reflection: Jackson writes it.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid field: its JSON path ({@code items[0].quantity}) and what is wrong with it. */
    @RegisterForReflection
    public record FieldError(String field, String message) {}

    public static Response response(Response.StatusType status, String title, String detail, List<FieldError> errors) {
        return Response.status(status.getStatusCode())
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, errors))
                .build();
    }
}
