package org.peel.server.platform;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sensible, else a new one), returns it
 * in the response, puts it in the logging context and the audit log, and logs one line per request. It also captures
 * the caller's reason for access ({@link Justifications}).
 *
 * <p>Ordered just after the character-encoding filter, so that a form field it reads is decoded as the pages sent it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLoggingFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger("peel.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && SENSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        long started = System.nanoTime();
        MDC.put(RequestIds.MDC_KEY, requestId);
        response.setHeader(HEADER, requestId);
        Justifications.capture(justification(request));
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1_000;
            if (!request.getRequestURI().startsWith("/actuator/health")) {
                log.info("{} {} -> {} in {} ms by {}", request.getMethod(), request.getRequestURI(),
                        response.getStatus(), micros / 1000.0, user(request));
            }
            MDC.remove(RequestIds.MDC_KEY);
            Justifications.clear();
        }
    }

    /**
     * The header, else the form field. Parameters are read only where they cannot be a JSON body: a query string, or a
     * URL-encoded form, which Spring reads as parameters anyway. A JSON or multipart body is never touched here.
     */
    private static String justification(HttpServletRequest request) {
        String header = request.getHeader(Justifications.HEADER);
        if (header != null && !header.isBlank()) {
            return header;
        }
        return isFormOrNoBody(request.getContentType()) ? request.getParameter(Justifications.FORM_FIELD) : null;
    }

    private static boolean isFormOrNoBody(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Who made the request, as the filter after Spring Security's saw them ({@link SignedInUserFilter}). */
    private static String user(HttpServletRequest request) {
        Object user = request.getAttribute(SignedInUserFilter.ATTRIBUTE);
        return user == null ? "anonymous" : user.toString();
    }
}
