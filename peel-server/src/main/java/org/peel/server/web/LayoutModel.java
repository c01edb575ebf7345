package org.peel.server.web;

import org.peel.server.access.Permissions;
import org.peel.server.access.Teams;
import org.peel.server.access.UserAccount;
import org.peel.server.access.UserAccounts;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.JustificationPolicy;
import org.peel.server.platform.PeelProperties;
import org.peel.server.platform.StartupState;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * What the shared page layout needs on every page, including the error pages: who is signed in ({@code user}), what
 * they may do ({@code may}, one {@link Permissions} for the layout and every page's actions), and the request id to
 * quote when something goes wrong. It reaches every {@link OfficerPage} controller, in any module, and never an API
 * controller.
 */
@ControllerAdvice(annotations = OfficerPage.class, assignableTypes = ErrorController.class)
public class LayoutModel {

    private final UserAccounts accounts;
    private final PeelProperties properties;
    private final StartupState startup;
    private final ForceCalendar calendar;
    private final JustificationPolicy reasons;

    LayoutModel(UserAccounts accounts, PeelProperties properties, StartupState startup, ForceCalendar calendar,
                JustificationPolicy reasons) {
        this.calendar = calendar;
        this.reasons = reasons;
        this.accounts = accounts;
        this.properties = properties;
        this.startup = startup;
    }

    /** Where the force's policy asks for a reason for access: the pages show the reason field up front there. */
    @ModelAttribute("reasons")
    public JustificationPolicy reasons() {
        return reasons;
    }

    /** Whether this is a demonstration installation: every page carries a DEMO banner. */
    @ModelAttribute("demo")
    public boolean demo() {
        return properties.demo();
    }

    /** Whether Peel is still starting (demo data being recorded, the index catching up): pages say so. */
    @ModelAttribute("loading")
    public boolean loading() {
        return !startup.ready();
    }

    /**
     * Seconds of inactivity after which the signed-in session ends (the shift length, {@code peel.shift-length}),
     * for the warning before it does; null when no one is signed in.
     */
    @ModelAttribute("sessionSeconds")
    public Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || signedIn() == null ? null : session.getMaxInactiveInterval();
    }

    /** This page's own address (path and query), for the Print button to name the page it printed. */
    @ModelAttribute("currentPage")
    public String currentPage(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** When the page was made, in the force's time, for the "printed by … at …" line of a printed page. */
    @ModelAttribute("pageTime")
    public String pageTime() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                .withZone(calendar.zone()).format(calendar.now());
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
