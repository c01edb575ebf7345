package org.peel.server.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security checks the form it posts to {@code /login}. */
@OfficerPage
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "sign-in";
    }
}
