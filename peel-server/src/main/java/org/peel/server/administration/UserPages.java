package org.peel.server.administration;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peel.server.access.PasswordPolicy;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccount;
import org.peel.server.access.UserAccounts;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The users page of the force IT team: every account with its roles, team and state; a form to create one; and each
 * account's page to change its roles and team, disable it (its sessions end at once) or enable it again.
 */
@OfficerPage
class UserPages {

    private final UserAccounts accounts;

    UserPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("nav")
    String nav() {
        return "users";
    }

    @GetMapping("/admin/users")
    @PreAuthorize(Role.ADMINISTER)
    String users(Model model) {
        return usersPage(model, Map.of(), Set.of(), FormErrors.none());
    }

    @PostMapping("/admin/users")
    @PreAuthorize(Role.ADMINISTER)
    String create(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Map<String, String> values = form.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>();
        Set<Role> roles = roles(form.getOrDefault("roles", List.of()), problems);
        return FormAction.run(model, response, problems, UserPages::label, () -> {
            UserAccount created = accounts.create(new UserAccounts.NewAccount(values.get("username"),
                    values.get("displayName"), values.get("password"), roles, values.get("team")));
            redirect.addFlashAttribute("notice", "Created the account " + created.username() + ".");
            return "redirect:/admin/users/" + created.username();
        }, errors -> usersPage(model, withoutPassword(values), roles, errors));
    }

    @GetMapping("/admin/users/{username}")
    @PreAuthorize(Role.ADMINISTER)
    String user(@PathVariable String username, Model model) {
        return userPage(model, account(username), null, FormErrors.none());
    }

    @PostMapping("/admin/users/{username}")
    @PreAuthorize(Role.ADMINISTER)
    String change(@PathVariable String username, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = account(username);
        Map<String, String> values = form.toSingleValueMap();
        List<FormErrors.Problem> problems = new ArrayList<>();
        Set<Role> roles = roles(form.getOrDefault("roles", List.of()), problems);
        return FormAction.run(model, response, problems, UserPages::label, () -> {
            accounts.change(username, values.get("displayName"), roles, values.get("team"));
            redirect.addFlashAttribute("notice", "Saved. The user's open sessions have ended, so the change "
                    + "applies from their next sign-in.");
            return "redirect:/admin/users/" + username;
        }, errors -> userPage(model, new UserAccount(username, values.get("displayName"), roles,
                values.get("team"), account.enabled(), account.lockedUntil()), null, errors));
    }

    @PostMapping("/admin/users/{username}/{action:disable|enable}")
    @PreAuthorize(Role.ADMINISTER)
    String disableOrEnable(@PathVariable String username, @PathVariable String action, Principal administrator,
                           Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount account = account(username);
        return FormAction.run(model, response, List.of(), UserPages::label, () -> {
            if (action.equals("disable")) {
                accounts.disable(username, administrator.getName());
                redirect.addFlashAttribute("notice", "Disabled. The user's open sessions have ended.");
            } else {
                accounts.enable(username);
                redirect.addFlashAttribute("notice", "Enabled: the user can sign in again.");
            }
            return "redirect:/admin/users/" + username;
        }, errors -> userPage(model, account, action, errors));
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new RecordNotFoundException("user", username));
    }

    private String usersPage(Model model, Map<String, String> values, Set<Role> roles, FormErrors errors) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("now", Instant.now());
        model.addAttribute("values", values);
        model.addAttribute("chosenRoles", roles);
        model.addAttribute("roles", Role.values());
        model.addAttribute("passwordPolicy", PasswordPolicy.STATEMENT);
        model.addAttribute("errors", errors);
        return "administration/users";
    }

    private String userPage(Model model, UserAccount account, String failedAction, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("locked", account.lockedAt(Instant.now()));
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("errors", errors);
        return "administration/user";
    }

    private static Set<Role> roles(List<String> names, List<FormErrors.Problem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FormErrors.Problem("roles", "include one Peel does not know"));
            }
        }
        return roles;
    }

    private static Map<String, String> withoutPassword(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        kept.remove("password");
        return kept;
    }

    static FormErrors.Label label(String field) {
        return new FormErrors.Label(null, switch (field) {
            case "username" -> "User name";
            case "displayName" -> "Full name";
            case "password" -> "Password";
            case "roles" -> "Roles";
            case "team" -> "Team";
            default -> field;
        });
    }
}
