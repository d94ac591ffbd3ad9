package io.comptoir.kernel.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.comptoir.kernel.outbox.ConcurrentUpdateException;
import io.comptoir.kernel.outbox.DuplicateAggregateException;
import io.comptoir.kernel.web.RequestContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}: invalid input is a 4xx naming the
 * offending fields, and an unexpected error is a 500 that says nothing about the internals (the
 * details go to the log under the request's correlation id).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RequestContext request;

    ProblemMappers(RequestContext request) {
        this.request = request;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problem.response(Status.BAD_REQUEST, "Invalid request", "the request has invalid fields", errors);
    }

    /** Declared for the subtype too, so it wins over Quarkus's built-in mapper of that type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String message;
        if (e instanceof JsonParseException) {
            message = "malformed JSON";
        } else if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message =
                    "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            message = "must be a " + invalid.getTargetType().getSimpleName();
        } else {
            message = e.getCause() instanceof IllegalArgumentException bad ? bad.getMessage() : e.getOriginalMessage();
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return Problem.response(
                Status.BAD_REQUEST,
                "Unreadable request body",
                field.isEmpty() ? message : "the body has invalid fields",
                errors);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.response(Status.BAD_REQUEST, "Invalid request", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return Problem.response(
                Status.BAD_REQUEST,
                "Invalid request",
                "the request has invalid parameters",
                List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e) {
        return Response.fromResponse(
                        Problem.response(Status.SERVICE_UNAVAILABLE, "Service Unavailable", e.getMessage(), null))
                .header(HttpHeaders.RETRY_AFTER, "60")
                .build();
    }

    @ServerExceptionMapper
    public Response timedOut(TimedOutException e) {
        return Response.fromResponse(Problem.response(Status.GATEWAY_TIMEOUT, "Gateway Timeout", e.getMessage(), null))
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }

    @ServerExceptionMapper
    public Response paymentRequired(PaymentRequiredException e) {
        return Problem.response(Status.PAYMENT_REQUIRED, "Payment Required", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(Status.NOT_FOUND, "Not Found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.response(Status.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response concurrent(ConcurrentUpdateException e) {
        return Problem.response(Status.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateAggregateException e) {
        return Problem.response(Status.CONFLICT, "Conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response unprocessable(UnprocessableException e) {
        return Problem.response(UNPROCESSABLE, "Unprocessable request", e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Status.FORBIDDEN, "Forbidden", "you may not do this", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "no such resource" : status.getReasonPhrase();
        Response problem = Problem.response(status, status.getReasonPhrase(), detail, null);
        if (e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem)
                    .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem;
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "Unexpected error (correlation id %s)", request.correlationId());
        return Problem.response(
                Status.INTERNAL_SERVER_ERROR,
                "Internal error",
                "unexpected error; correlation id " + request.correlationId(),
                null);
    }

    private static Response unauthenticated() {
        return Response.fromResponse(
                        Problem.response(Status.UNAUTHORIZED, "Unauthorized", "a valid bearer token is required", null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** RFC 9110's 422, which {@link Status} does not name. */
    private static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** {@code items[0].quantity} from a violation path, without the method and body parameter names. */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            start = 1;
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                start = 2; // a request body: name its fields, not the Java parameter
            }
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
