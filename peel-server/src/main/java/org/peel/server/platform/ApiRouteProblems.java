package org.peel.server.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Wrong routes under {@code /api}: an address Peel does not have (404) or a method it does not take there (405)
 * answer problem details like every other API error, saying what to do. These errors happen before any controller
 * is chosen, so {@link ApiExceptionHandler} (scoped to controllers) never sees them; elsewhere (the pages) they go
 * on to the error pages as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRouteProblems {

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> noSuchAddress(Exception exception, HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw exception;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.of(HttpStatus.NOT_FOUND, "no-such-address", "No such address",
                        "Peel has nothing at this address. Check it against the API description at /api-docs."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException exception,
                                                   HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw exception;
        }
        String allowed = exception.getSupportedHttpMethods() == null ? ""
                : String.join(", ", exception.getSupportedHttpMethods().stream().map(Object::toString).toList());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (!allowed.isEmpty()) {
            answer.header(HttpHeaders.ALLOW, allowed);
        }
        return answer.body(ProblemResponses.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Not done this way", "This address does not take " + exception.getMethod()
                        + (allowed.isEmpty() ? "." : "; it takes " + allowed + ".")
                        + " See the API description at /api-docs."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException exception,
                                                   HttpServletRequest request) throws Exception {
        if (!isApi(request)) {
            throw exception;
        }
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                        "Send JSON", "Send the request body as JSON with Content-Type: application/json."));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
