package org.peel.server.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asks for the reason before a page is printed, where the force's policy asks for one and the page's script could
 * not (no JavaScript): the answer is posted to {@code /printed} with the page, which logs the disclosure with it.
 */
@OfficerPage
class PrintReasonPage {

    @GetMapping("/printed/reason")
    @PreAuthorize("isAuthenticated()")
    String ask(@RequestParam String page, Model model) {
        String printed = page.startsWith("/") && !page.startsWith("//") && page.length() <= 500 ? page : "/";
        model.addAttribute("operation", "print this page");
        model.addAttribute("replay", new PageExceptionHandler.Replay("post", "/printed",
                List.of(new PageExceptionHandler.Replay.Field("page", printed))));
        return "error/reason";
    }
}
