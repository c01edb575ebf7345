package org.peel.server.continuity;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the offline script, served with the other static files under {@code /assets/js/} (with a content hash in its
 * name), act as the service worker of every page: a worker may only look after pages below its own address unless
 * the server allows more with {@code Service-Worker-Allowed}.
 */
@Component
class ServiceWorkerScope extends OncePerRequestFilter {

    static final String WORKER_SCRIPT = "/assets/js/offline";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(WORKER_SCRIPT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Service-Worker-Allowed", "/");
        chain.doFilter(request, response);
    }
}
