package org.peel.server.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.server.platform.ReferenceFile;

/**
 * The force's password rule for local accounts, stated once ({@link #STATEMENT}) and shown wherever a password is set.
 * In line with the NCSC's password guidance: length over complexity, no forced expiry, no common passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes of a password; more would be silently ignored, so it is refused. */
    public static final int MAX_BYTES = 72;
    public static final String STATEMENT = "A password is at least " + MIN_LENGTH + " characters long (three random "
            + "words make a good one), at most " + MAX_BYTES + " bytes, not the username, not one character "
            + "repeated, and not a commonly used password.";

    private static final Set<String> COMMON = ReferenceFile.read("reference/common-passwords.csv", 1).stream()
            .map(row -> row[0].toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for {@code username}: empty when it meets the rule. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("must be at most " + MAX_BYTES + " bytes long");
        }
        if (password.equalsIgnoreCase(username)) {
            problems.add("must not be the username");
        }
        if (password.chars().distinct().count() == 1) {
            problems.add("must not be one character repeated");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("is a commonly used password; choose another");
        }
        return problems;
    }
}
