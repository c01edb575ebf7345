package org.peel.server.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any other work (sign-in included), a request that no part of Peel could accept: a body larger than
 * {@value #MAX_BODY_BYTES} bytes, more than {@value #MAX_PARAMETERS} parameters, or a parameter (query string or
 * form field) whose name or value can never be stored ({@link Text#unstorable}: too long, control characters, half a
 * surrogate pair). The API gets 400 or 413 problem details naming the parameter; a page gets the plain "request not
 * accepted" page. The value is never echoed or logged. JSON bodies are checked as they are read
 * ({@link StorableTextDeserializer}); the server's own limits bound form posts and what it reads of a refused body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestGuard extends OncePerRequestFilter {

    /** The largest body Peel reads: the largest real request (a person with every list full) is far smaller. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_PARAMETERS = 500;

    private final JsonMapper json;

    RequestGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(request, response, ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "The request is too large", "Peel reads requests of at most " + MAX_BODY_BYTES / 1024
                            + " KB; this one is " + request.getContentLengthLong() / 1024 + " KB. Nothing was changed."));
            return;
        }
        Optional<FieldError> problem = isFormOrNoBody(request) ? parameterProblem(request) : Optional.empty();
        if (problem.isPresent()) {
            refuse(request, response, ProblemResponses.invalidInput(List.of(problem.get())));
            return;
        }
        boolean sizeUnknown = request.getContentLengthLong() < 0 && !isFormOrNoBody(request);
        chain.doFilter(sizeUnknown ? new BoundedBody(request) : request, response);
    }

    /** A body sent without its length (chunked): reading past {@value #MAX_BODY_BYTES} bytes fails like bad JSON. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        BoundedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream body = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        if (b >= 0 && ++read > MAX_BODY_BYTES) {
                            throw new IOException("the body is larger than " + MAX_BODY_BYTES + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BODY_BYTES) {
                            throw new IOException("the body is larger than " + MAX_BODY_BYTES + " bytes");
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }

    private static Optional<FieldError> parameterProblem(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        if (parameters.size() > MAX_PARAMETERS) {
            return Optional.of(new FieldError("parameters", "are " + parameters.size() + "; at most "
                    + MAX_PARAMETERS + " are allowed"));
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            Optional<String> badName = Text.unstorable(parameter.getKey());
            if (badName.isPresent() || parameter.getKey().length() > 200) {
                return Optional.of(new FieldError("parameters", "include one whose name Peel cannot read"));
            }
            for (String value : parameter.getValue()) {
                Optional<String> bad = Text.unstorable(value);
                if (bad.isPresent()) {
                    return Optional.of(new FieldError(parameter.getKey(), bad.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Parameters are read only where they cannot be a JSON body: no body, or a URL-encoded form. */
    private static boolean isFormOrNoBody(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return true;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.sendError(problem.getStatus());
        }
    }
}
