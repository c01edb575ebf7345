package org.peel.server.platform;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error from a REST controller into a problem-details body. Bad input names its fields;
 * nothing internal (stack traces, SQL, class names) reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException exception) {
        return ResponseEntity.badRequest().body(ProblemResponses.invalidInput(exception.errors()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException exception) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemResponses.of(HttpStatus.NOT_FOUND,
                "not-found", "No such record", exception.getMessage()));
    }

    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> conflict(EditConflictException exception) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "edit-conflict", "Someone else changed this record", exception.getMessage()));
    }

    /** 428 Precondition Required: the force's policy asks for a reason (the justification header) first. */
    @ExceptionHandler(JustificationRequiredException.class)
    ResponseEntity<ProblemDetail> justificationRequired(JustificationRequiredException exception) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(ProblemResponses.of(
                HttpStatus.PRECONDITION_REQUIRED, "justification-required", "A reason for access is required",
                exception.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
        if (exception instanceof RestrictedRecordException restricted) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.of(HttpStatus.FORBIDDEN,
                    "restricted", "Restricted record", "This record is restricted (need-to-know): contact its owner, "
                            + restricted.owner() + ". Your attempt is logged and shown to the owner."));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.of(HttpStatus.FORBIDDEN,
                "forbidden", "Not allowed", "Your role does not allow this action."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException exception) {
        String expected = exception.getRequiredType() == null ? "a different value"
                : describe(exception.getRequiredType());
        return ResponseEntity.badRequest().body(ProblemResponses.invalidInput(List.of(
                new FieldError(exception.getName(),
                        "must be " + expected + ", got '" + shown(exception.getValue()) + "'"))));
    }

    /**
     * The database cannot be reached: nothing was written (each write is one transaction), so the client may send
     * the same request again later. The connection pool reconnects by itself when the database is back.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) {
        log.warn("The database cannot be reached: {}", exception.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                        "Records cannot be saved or read just now",
                        "Peel cannot reach its database, so nothing was saved. Send the same request again in a "
                                + "minute (with the same Idempotency-Key, it will be stored once)."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (DatabaseConnectionLost.causedBy(exception)) {
            return databaseUnavailable(exception);
        }
        log.error("Unexpected error answering a request: {}", ErrorReport.of(exception));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ProblemResponses.of(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong",
                "Peel could not complete this request and nothing was changed. The error has been logged; "
                        + "quote the request id to the IT team."));
    }

    /** Query parameters bound to a record (a list's filter) that cannot be read: each named, with what it must be. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemResponses.invalidInput(exception.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), "'" + error.getRejectedValue() + "' cannot be read: "
                        + ("typeMismatch".equals(error.getCode()) ? "give a whole number, or true or false where "
                        + "asked" : "check it against the API description at /api-docs")))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(ProblemResponses.invalidInput(describeUnreadable(exception)));
    }

    static List<FieldError> describeUnreadable(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return List.of(new FieldError(path(unknown), "is not a field Peel knows; check its spelling"));
        }
        if (cause instanceof UnstorableTextException unstorable) {
            return List.of(new FieldError(path(unstorable), unstorable.reason()));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return List.of(new FieldError(path(invalid), "must be " + describe(invalid.getTargetType())
                    + ", got '" + shown(invalid.getValue()) + "'"));
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return List.of(new FieldError(path(mismatched), "must be " + describe(mismatched.getTargetType())));
        }
        if (cause instanceof StreamReadException) {
            return List.of(new FieldError("body", "is not well-formed JSON"));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return List.of(new FieldError(path(jackson), "has a value Peel cannot read"));
        }
        return List.of(new FieldError("body", "is missing or is not readable JSON"));
    }

    private static String shown(Object value) {
        return FieldErrors.shown(String.valueOf(value));
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of a different kind";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
