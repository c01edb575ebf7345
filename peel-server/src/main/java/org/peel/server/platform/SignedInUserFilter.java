package org.peel.server.platform;

import java.io.IOException;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Notes who the request was made by, for the request log line ({@link RequestLoggingFilter}), which is written after
 * Spring Security has cleared the signed-in user away. Ordered after Spring Security's filters (order -100), so the
 * user is known here whether they signed in with the form (session) or with Basic.
 */
@Component
@Order(0)
class SignedInUserFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = SignedInUserFilter.class.getName() + ".user";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            request.setAttribute(ATTRIBUTE, authentication.getName());
        }
        chain.doFilter(request, response);
    }
}
