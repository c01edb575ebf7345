package org.peel.server.web;

import org.peel.server.access.ForceSignIn;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page: the force's own sign-in (OpenID Connect) when one is configured, and the local accounts' form
 * unless they are switched off. Spring Security checks the form it posts to {@code /login}.
 */
@OfficerPage
class SignInController {

    private final ForceSignIn forceSignIn;

    SignInController(ForceSignIn forceSignIn) {
        this.forceSignIn = forceSignIn;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("providers", forceSignIn.providers());
        model.addAttribute("localAccounts", forceSignIn.localAccounts());
        return "sign-in";
    }
}
