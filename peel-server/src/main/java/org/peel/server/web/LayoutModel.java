package org.peel.server.web;

import org.peel.server.access.Permissions;
import org.peel.server.access.Teams;
import org.peel.server.access.UserAccount;
import org.peel.server.access.UserAccounts;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the shared page layout needs on every page, including the error pages: who is signed in ({@code user}), what
 * they may do ({@code may}, one {@link Permissions} for the layout and every page's actions), and the request id to
 * quote when something goes wrong. It reaches every {@link OfficerPage} controller, in any module, and never an API
 * controller.
 */
@ControllerAdvice(annotations = OfficerPage.class, assignableTypes = ErrorController.class)
public class LayoutModel {

    private final UserAccounts accounts;

    LayoutModel(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("user")
    public SignedInUser user() {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return null;
        }
        String name = authentication.getName();
        String displayName = accounts.find(name).map(UserAccount::displayName).filter(text -> !text.isBlank())
                .orElse(name);
        return new SignedInUser(name, displayName, Teams.of(authentication).orElse(null));
    }

    @ModelAttribute("may")
    public Permissions may() {
        return Permissions.of(signedIn());
    }

    @ModelAttribute("requestId")
    public String requestId(HttpServletResponse response) {
        return response.getHeader("X-Request-Id");
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication;
    }

    /** The signed-in user as the layout shows them, with their team (null when they belong to none). */
    public record SignedInUser(String username, String displayName, String team) {
    }
}
