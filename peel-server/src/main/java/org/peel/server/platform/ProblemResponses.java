package org.peel.server.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem-details bodies that every Peel API error is answered with. */
public final class ProblemResponses {

    private static final String TYPE_BASE = "https://peel.example/problems/";

    private ProblemResponses() {
    }

    public static ProblemDetail invalidInput(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? "The request was not accepted: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                        : "The request was not accepted: " + errors.size() + " fields need correcting.");
        problem.setType(URI.create(TYPE_BASE + "invalid-input"));
        problem.setTitle("The request has invalid fields");
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
