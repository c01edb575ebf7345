package org.peel.server.web;

import java.util.Set;

import org.peel.server.access.UserAccount;
import org.peel.server.access.UserAccounts;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the shared page layout needs on every page, including the error pages: who is signed in, what they may do,
 * and the request id to quote when something goes wrong.
 */
@ControllerAdvice(basePackageClasses = LayoutModel.class, assignableTypes = ErrorController.class)
class LayoutModel {

    private static final Set<String> RECORDING_ROLES = Set.of("ROLE_OFFICER", "ROLE_SUPERVISOR", "ROLE_CRIME_REGISTRAR");
    private static final Set<String> READING_ROLES = Set.of("ROLE_OFFICER", "ROLE_SUPERVISOR", "ROLE_CRIME_REGISTRAR",
            "ROLE_ANALYST");

    private final UserAccounts accounts;

    LayoutModel(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("user")
    SignedInUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        String name = authentication.getName();
        String displayName = accounts.find(name).map(UserAccount::displayName).filter(text -> !text.isBlank())
                .orElse(name);
        return new SignedInUser(name, displayName, holdsAny(authentication, READING_ROLES),
                holdsAny(authentication, RECORDING_ROLES));
    }

    @ModelAttribute("requestId")
    String requestId(HttpServletResponse response) {
        return response.getHeader("X-Request-Id");
    }

    private static boolean holdsAny(Authentication authentication, Set<String> roles) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(roles::contains);
    }

    /** The signed-in user as the layout shows them, and whether they may read and record people. */
    record SignedInUser(String username, String displayName, boolean canRead, boolean canRecord) {
    }
}
