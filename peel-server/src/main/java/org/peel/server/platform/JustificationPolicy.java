package org.peel.server.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the force's policy asks for a reason for access before a record is processed (Data Protection Act 2018,
 * s.62(2): the log names the justification). Set with {@code peel.justification.required-for}, a comma-separated list
 * of the section 62 operations, each alone or narrowed to one record type:
 *
 * <pre>{@code
 * peel.justification.required-for=DISCLOSURE,COMBINATION,ERASURE,CONSULTATION:person
 * }</pre>
 *
 * The audit log checks it as it writes each entry ({@link #check}); a request without a reason is then refused and
 * changes nothing, and the pages ask for the reason ({@link #requires} tells a template to show the field up front).
 * The default asks for a reason whenever data leaves Peel (print, PDF, export, batch search output).
 */
@Component
public class JustificationPolicy {

    /** The operations section 62 names, in the words the pages use for them. */
    private static final Map<String, String> OPERATIONS = Map.of("COLLECTION", "record", "ALTERATION", "change",
            "CONSULTATION", "look at", "DISCLOSURE", "print, export or disclose", "COMBINATION", "merge or link",
            "ERASURE", "erase");
    private static final Pattern ENTRY = Pattern.compile("([A-Z]+)(?::([a-z_]+))?");

    private final Set<String> required;

    JustificationPolicy(@Value("${peel.justification.required-for:DISCLOSURE}") List<String> entries) {
        this.required = parse(entries);
    }

    /** A policy from its setting's entries; an entry that is not an operation (or operation:record_type) is named. */
    public static JustificationPolicy of(List<String> entries) {
        return new JustificationPolicy(entries);
    }

    private static Set<String> parse(List<String> entries) {
        Set<String> parsed = new LinkedHashSet<>();
        for (String entry : entries) {
            String tidy = entry.strip();
            if (tidy.isEmpty() || tidy.equalsIgnoreCase("none")) {
                continue;
            }
            var parts = ENTRY.matcher(tidy);
            if (!parts.matches() || !OPERATIONS.containsKey(parts.group(1))) {
                throw new IllegalStateException("peel.justification.required-for: '" + tidy + "' is not one of "
                        + OPERATIONS.keySet().stream().sorted().toList()
                        + ", alone or followed by ':record_type' (for example CONSULTATION:person)");
            }
            parsed.add(tidy);
        }
        return Set.copyOf(parsed);
    }

    /** Whether a reason must be given to carry out {@code operation} (a section 62 name) on a record of the type. */
    public boolean requires(String operation, String recordType) {
        return required.contains(operation) || recordType != null && required.contains(operation + ":" + recordType);
    }

    /** As {@link #requires(String, String)} for any record type: whether a page should show the reason field. */
    public boolean requires(String operation) {
        return required.stream().anyMatch(entry -> entry.equals(operation) || entry.startsWith(operation + ":"));
    }

    /**
     * Refuses the operation when the policy asks for a reason and the request gave none
     * ({@link Justifications#current()}), or none was given explicitly ({@code reason}).
     */
    public void check(String operation, String recordType, String reason) {
        boolean given = reason != null && !reason.isBlank() || Justifications.current() != null;
        if (!given && requires(operation, recordType)) {
            throw new JustificationRequiredException(OPERATIONS.get(operation)
                    + (recordType == null ? " records" : " this " + recordType.replace('_', ' ').toLowerCase(Locale.UK)));
        }
    }

    /** The policy's entries, for the documentation page and the start-up log. */
    public Set<String> entries() {
        return required;
    }
}
