package org.peel.server.continuity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordsKept;
import org.peel.server.platform.ProblemResponses;
import org.peel.server.platform.RequestIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent intake: a write sent with an {@code Idempotency-Key} header (API) or {@code idempotencyKey} form field
 * (every page form carries one, see {@link FormIdempotencyKeys}) is done once per user and key. The same key with
 * the same request answers the first response again, marked {@code Idempotent-Replayed: true}; with a different
 * request it answers 422; while the first is still being worked on, a second waits for its answer.
 * <p>
 * The key is claimed in its own transaction before the work starts and the answer stored after it, so concurrent
 * duplicates are decided by the table's primary key. The record a request writes is noted on its key in the same
 * transaction ({@link #kept}), so a server that stops between writing the record and storing its answer never leads
 * to a second record: the request sent again is told the first was stored. A request that is refused (4xx) or fails with a server error
 * stored nothing (each write is one transaction) and frees its key, so a refused request leaves no row behind and the
 * corrected request may be sent with the same key. Keys are kept {@code peel.idempotency.keep-for} (default 7 days, an
 * offline shift and then some).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class IdempotentIntake extends OncePerRequestFilter {

    /** The request this thread is serving under a claimed key, for {@link #kept}. */
    private static final ThreadLocal<Serving> SERVING = new ThreadLocal<>();

    private record Serving(String username, String key) {
    }

    static final String HEADER = "Idempotency-Key";
    static final String FORM_FIELD = "idempotencyKey";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int LARGEST_BODY = 2 * 1024 * 1024;
    private static final int LARGEST_STORED_ANSWER = 900_000;

    private final IdempotentRequests requests;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration abandonedAfter;
    private final Duration waitForFirst;
    private final String instance = UUID.randomUUID().toString();

    IdempotentIntake(IdempotentRequests requests, JsonMapper json, Clock clock,
                     @Value("${peel.idempotency.keep-for:7d}") Duration keepFor,
                     @Value("${peel.idempotency.abandoned-after:2m}") Duration abandonedAfter,
                     @Value("${peel.idempotency.wait-for-first:30s}") Duration waitForFirst) {
        this.requests = requests;
        this.json = json;
        this.clock = clock;
        this.keepFor = keepFor;
        this.abandonedAfter = abandonedAfter;
        this.waitForFirst = waitForFirst;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isForm(request);
        String key = form ? request.getParameter(FORM_FIELD) : request.getHeader(HEADER);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (key == null || user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problem(response, ProblemResponses.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "The idempotency key is not valid", "The " + HEADER + " must be 1 to 128 letters, digits, "
                            + "dots, dashes, colons or underscores; a UUID is a good choice. Nothing was stored."));
            return;
        }
        HttpServletRequest toServe = request;
        String hash;
        if (form) {
            hash = formHash(request);
        } else {
            byte[] body = request.getInputStream().readNBytes(LARGEST_BODY + 1);
            if (body.length > LARGEST_BODY) {
                problem(response, ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                        "The request is too large", "Send at most 2 MB in one request. Nothing was stored."));
                return;
            }
            hash = sha256(request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString(), body);
            toServe = new CachedBodyRequest(request, body);
        }
        String username = user.getName();
        if (!requests.claim(username, key, hash, RequestIds.current(), instance)) {
            answerAgain(username, key, hash, toServe, response, chain);
            return;
        }
        serve(username, key, toServe, response, chain);
    }

    private void serve(String username, String key, HttpServletRequest request, HttpServletResponse response,
                       FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        SERVING.set(new Serving(username, key));
        try {
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            if (status < 400) {
                byte[] body = captured.getContentAsByteArray();
                requests.complete(username, key, status, captured.getContentType(), captured.getHeader("Location"),
                        body.length <= LARGEST_STORED_ANSWER ? new String(body, StandardCharsets.UTF_8) : null);
                stored = true;
            }
        } finally {
            SERVING.remove();
            if (!stored) {
                // A refusal or a failure frees the key, unless a record was already written (a failure after the
                // commit): then the key stays taken, so sending the request again can never store it twice.
                requests.release(username, key);
            }
            captured.copyBodyToResponse();
        }
    }

    /**
     * Notes, in the transaction that wrote it, which record the request being served made: if the server stops
     * before it can store its answer, a request sent again with the same key learns that the record exists instead
     * of making it a second time.
     */
    @EventListener
    void kept(RecordsKept records) {
        Serving serving = SERVING.get();
        if (serving != null && !records.recordIds().isEmpty() && records.action() != AuditAction.CONSULTATION) {
            requests.noteKept(serving.username(), serving.key(), records.recordType() + " "
                    + records.recordIds().get(0));
        }
    }

    /** A stored-but-unanswered request: the record exists, its first answer was lost with the server. */
    private void alreadyStored(IdempotentRequests.Claim claim, HttpServletResponse response) throws IOException {
        problem(response, ProblemResponses.of(HttpStatus.CONFLICT, "stored-before-restart",
                "This request was already stored", "The first request with this " + HEADER + " was stored ("
                        + claim.keptRecord() + ") but its server stopped before answering. Nothing was stored "
                        + "twice: look the record up rather than sending it again."));
    }

    private void answerAgain(String username, String key, String hash, HttpServletRequest request,
                             HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        long waitUntil = System.nanoTime() + waitForFirst.toNanos();
        long pollMillis = 20;
        while (true) {
            Optional<IdempotentRequests.Claim> found = requests.find(username, key);
            if (found.isEmpty()) {
                // The first request failed and freed the key: this one does the work.
                if (requests.claim(username, key, hash, RequestIds.current(), instance)) {
                    serve(username, key, request, response, chain);
                    return;
                }
                continue;
            }
            IdempotentRequests.Claim claim = found.get();
            if (!claim.requestHash().equals(hash)) {
                problem(response, ProblemResponses.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                        "This idempotency key was used for a different request", "Each new record needs a new "
                                + HEADER + "; this key was first sent with a different request. Nothing was stored."));
                return;
            }
            if (claim.completed()) {
                replay(claim, response);
                return;
            }
            boolean abandoned = !claim.claimedBy().equals(instance)
                    && claim.claimedAt().plus(abandonedAfter).isBefore(clock.instant());
            if (abandoned && claim.keptRecord() != null) {
                alreadyStored(claim, response);
                return;
            }
            if (abandoned && requests.takeOver(username, key, claim, RequestIds.current(), instance)) {
                serve(username, key, request, response, chain);
                return;
            }
            if (System.nanoTime() > waitUntil && claim.keptRecord() != null) {
                alreadyStored(claim, response); // its record was written, but it failed before it could answer
                return;
            }
            if (System.nanoTime() > waitUntil) {
                response.setHeader("Retry-After", "5");
                problem(response, ProblemResponses.of(HttpStatus.CONFLICT, "idempotency-key-in-progress",
                        "The first request with this key is still being worked on", "Send it again in a few "
                                + "seconds with the same " + HEADER + "; it will be stored once."));
                return;
            }
            sleep(pollMillis);
            pollMillis = Math.min(250, pollMillis * 2);
        }
    }

    private static void replay(IdempotentRequests.Claim claim, HttpServletResponse response) throws IOException {
        response.setStatus(claim.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (claim.location() != null) {
            response.setHeader("Location", claim.location());
        }
        if (claim.contentType() != null) {
            response.setContentType(claim.contentType());
        }
        if (claim.body() != null) {
            response.getOutputStream().write(claim.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Forgets keys older than the keeping period, once an hour. */
    @Scheduled(fixedDelayString = "${peel.idempotency.purge-interval:1h}", initialDelayString = "1m")
    void forgetOldKeys() {
        requests.forgetOlderThan(keepFor);
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    /** A form is the same request when it posts the same fields to the same address (the CSRF token aside). */
    private static String formHash(HttpServletRequest request) {
        Map<String, String[]> fields = new TreeMap<>(request.getParameterMap());
        fields.remove("_csrf");
        fields.remove(FORM_FIELD);
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI());
        fields.forEach((name, values) -> {
            for (String value : values) {
                text.append('\n').append(name).append('=').append(value);
            }
        });
        return sha256(text.toString(), new byte[0]);
    }

    private static String sha256(String head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once for hashing and handed on unchanged. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
