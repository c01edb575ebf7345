package org.peel.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security checks the form it posts to {@code /login}. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "sign-in";
    }
}
