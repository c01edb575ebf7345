package org.peel.server.retention;

import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.people.Erasure;
import org.peel.server.people.PersonErasedException;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The review queue for supervisors (records due for review under MoPI, oldest due first) and one person's review,
 * with the two decisions: retain (reason) or erase (reason and confirmation). Reached from the main navigation.
 */
@OfficerPage
@PreAuthorize(Role.SUPERVISORS)
class RetentionPage {

    static final int PAGE_SIZE = 50;
    static final String CONFIRMED = "yes";

    private final RetentionReviews reviews;

    RetentionPage(RetentionReviews reviews) {
        this.reviews = reviews;
    }

    @ModelAttribute("nav")
    String nav() {
        return "retention";
    }

    @GetMapping("/retention")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        RetentionReviews.Queue queue = reviews.due(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
        model.addAttribute("queue", queue);
        model.addAttribute("lastPage", Math.max(0, (int) ((queue.total() - 1) / PAGE_SIZE)));
        return "retention/queue";
    }

    @GetMapping("/retention/people/{id}")
    String review(@PathVariable long id, Model model) {
        try {
            return reviewPage(model, reviews.review(id), FormErrors.none(), null, null);
        } catch (PersonErasedException erased) {
            return "redirect:/people/" + id;
        }
    }

    @PostMapping("/retention/people/{id}/retain")
    String retain(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            RetentionReviews.Review kept = reviews.retain(id, reason);
            redirect.addFlashAttribute("notice", "Retained " + kept.name() + " (person " + id
                    + "); next review on " + kept.nextReviewOn() + ".");
            return "redirect:/retention";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return reviewPage(model, reviews.review(id), errors(refused), "retain", reason);
        } catch (ReviewNotDueException notDue) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return reviewPage(model, reviews.review(id), FormErrors.of(List.of(new FormErrors.Problem("reason",
                    notDue.getMessage())), RetentionPage::label), "retain", reason);
        } catch (PersonErasedException erased) {
            return "redirect:/people/" + id;
        }
    }

    @PostMapping("/retention/people/{id}/erase")
    String erase(@PathVariable long id, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        try {
            if (!CONFIRMED.equals(confirm)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return reviewPage(model, reviews.review(id), FormErrors.of(List.of(new FormErrors.Problem(
                        "confirm", "must be ticked: erasure cannot be undone")), RetentionPage::label), "erase",
                        reason);
            }
            Erasure erasure = reviews.erase(id, reason);
            redirect.addFlashAttribute("notice", "Erased person " + erasure.personId()
                    + ": only the tombstone and the audit trail are left.");
            return "redirect:/retention";
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            // The erase form's reason is its own field on the page (the retain form has one too).
            return reviewPage(model, reviews.review(id), FormErrors.of(refused.errors().stream()
                    .map(error -> new FormErrors.Problem("reason".equals(error.field()) ? "erase-reason"
                            : error.field(), error.message())).toList(), RetentionPage::label), "erase", reason);
        } catch (ReviewNotDueException notDue) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return reviewPage(model, reviews.review(id), FormErrors.of(List.of(new FormErrors.Problem(
                    "erase-reason", notDue.getMessage())), RetentionPage::label), "erase", reason);
        } catch (PersonErasedException erased) {
            return "redirect:/people/" + id;
        }
    }

    private static String reviewPage(Model model, RetentionReviews.Review review, FormErrors errors, String decision,
                                     String reason) {
        model.addAttribute("review", review);
        model.addAttribute("errors", errors);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        return "retention/review";
    }

    private static FormErrors errors(InvalidInputException refused) {
        return FormErrors.of(refused.errors().stream().map(error -> new FormErrors.Problem(error.field(),
                error.message())).toList(), RetentionPage::label);
    }

    private static FormErrors.Label label(String field) {
        return new FormErrors.Label(null, switch (field) {
            case "confirm" -> "Confirm the erasure";
            default -> "Reason";
        });
    }
}
