package org.peel.server.access;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.PeelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start, creates the {@code admin} account so that the force IT team can sign in. Its password
 * comes from {@code PEEL_ADMIN_PASSWORD} ({@code peel.admin-password}); without one, a password is generated and
 * printed once, here, and never again. At every start outside demo mode, the demo accounts (whose passwords are
 * public) are disabled.
 */
@Component
@Order(0)
class FirstStartAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartAccounts.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final PeelProperties properties;

    FirstStartAccounts(UserAccounts accounts, PeelProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            int disabled = SystemIdentity.call(CurrentUser.SYSTEM, accounts::disableDemoAccounts);
            if (disabled > 0) {
                log.warn("Disabled {} demo account(s): their passwords are public and Peel is not in demo mode",
                        disabled);
            }
        }
        if (accounts.find("admin").isPresent()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        accounts.createIfAbsent("admin", "Administrator", password, EnumSet.of(Role.ADMIN));
        if (generated) {
            String message = "\n=== Peel first start: created user 'admin' with password " + password
                    + " (shown only this once; set PEEL_ADMIN_PASSWORD to choose it) ===\n";
            System.out.println(message);
            log.info("Created the admin account with a generated password (printed to the console once)");
        } else {
            log.info("Created the admin account with the password from PEEL_ADMIN_PASSWORD");
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
