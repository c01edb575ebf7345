package org.peel.server.access;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} from {@link ApiTokens}, with the
 * roles its user has now. A token that is unknown, expired or whose user is disabled signs in nobody, so the request
 * is answered 401 as any unsigned request is.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Optional<UserAccount> holder = tokens.holder(header.substring(PREFIX.length()));
            if (holder.isPresent()) {
                PreAuthenticatedAuthenticationToken signedIn = new PreAuthenticatedAuthenticationToken(
                        holder.get().username(), null, AuthorityUtils.createAuthorityList(holder.get().roles()
                        .stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new)));
                SecurityContextHolder.getContext().setAuthentication(signedIn);
            }
        }
        chain.doFilter(request, response);
    }
}
