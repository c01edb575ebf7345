package org.peel.server.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.crime.CrimeCategory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The force's policy rules, read once at start-up from the file {@code peel.cases.policy-rules} names (by default
 * {@code reference/policy-rules.csv}). Every line is checked; the first bad one stops start-up with a message naming
 * the file, the line and what is wrong, because running with half a policy would silently skip safeguarding work.
 */
@Component
public class PolicyRules {

    static final String HEADER = "code,applies_to,condition,due_within,repeat_every,owner,safeguarding,task";
    private static final int COLUMNS = 8;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,5})([mhd])");
    private static final Set<String> KEYS = Set.of("flag", "type", "risk", "category", "priority");

    private final List<PolicyRule> rules;

    PolicyRules(CasesProperties properties, CaseReferenceData referenceData) {
        Resource resource = new DefaultResourceLoader().getResource(properties.policyRules());
        try (InputStream in = resource.getInputStream()) {
            this.rules = parse(properties.policyRules(), in, referenceData);
        } catch (IOException unreadable) {
            throw new IllegalStateException("The policy rules file " + properties.policyRules()
                    + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /** Every rule, in file order. */
    public List<PolicyRule> all() {
        return rules;
    }

    public Optional<PolicyRule> rule(String code) {
        return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }

    /** The rules whose condition holds for {@code subject}. */
    List<PolicyRule> holdingFor(Subject subject) {
        return rules.stream().filter(rule -> rule.holdsFor(subject)).toList();
    }

    /** The codes of the rules the safeguarding view tracks. */
    List<String> safeguardingCodes() {
        return rules.stream().filter(PolicyRule::safeguarding).map(PolicyRule::code).toList();
    }

    static List<PolicyRule> parse(String name, InputStream in, CaseReferenceData referenceData) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.strip().equals(HEADER)) {
            throw bad(name, 1, "the first line must be the header '" + HEADER + "'");
        }
        List<PolicyRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            PolicyRule rule = rule(name, number, line, referenceData);
            if (!codes.add(rule.code())) {
                throw bad(name, number, "the code " + rule.code() + " is used by an earlier line; each rule needs its own");
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static PolicyRule rule(String name, int number, String line, CaseReferenceData referenceData) {
        String[] fields = line.split(",", COLUMNS);
        if (fields.length != COLUMNS) {
            throw bad(name, number, "has " + fields.length + " fields; " + COLUMNS + " are expected (" + HEADER + ")");
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        if (!CODE.matcher(fields[0]).matches()) {
            throw bad(name, number, "code '" + fields[0] + "' must be capital letters, digits and underscores");
        }
        PolicyRule.AppliesTo appliesTo = constant(name, number, "applies_to", fields[1], PolicyRule.AppliesTo.class);
        List<PolicyRule.Term> condition = condition(name, number, fields[2], appliesTo, referenceData);
        Duration due = duration(name, number, "due_within", fields[3], true);
        Duration repeat = duration(name, number, "repeat_every", fields[4], false);
        if (repeat != null && appliesTo == PolicyRule.AppliesTo.INVESTIGATION) {
            throw bad(name, number, "repeat_every is for rules about crimes or occurrences, not INVESTIGATION");
        }
        PolicyRule.Owner owner = constant(name, number, "owner", fields[5], PolicyRule.Owner.class);
        if (!fields[6].equals("Y") && !fields[6].equals("N")) {
            throw bad(name, number, "safeguarding must be Y or N, got '" + fields[6] + "'");
        }
        if (fields[7].isEmpty() || fields[7].length() > 300) {
            throw bad(name, number, "task must be the task's title, 1 to 300 characters");
        }
        return new PolicyRule(fields[0], appliesTo, condition, due, repeat, owner, fields[6].equals("Y"), fields[7],
                number);
    }

    private static List<PolicyRule.Term> condition(String name, int number, String text,
                                                   PolicyRule.AppliesTo appliesTo, CaseReferenceData referenceData) {
        List<PolicyRule.Term> terms = new ArrayList<>();
        if (text.isEmpty()) {
            return terms;
        }
        for (String part : text.split("&")) {
            String[] keyValue = part.strip().split(":", 2);
            if (keyValue.length != 2 || !KEYS.contains(keyValue[0].strip())) {
                throw bad(name, number, "condition part '" + part.strip() + "' must be key:value with key one of "
                        + "flag, type, risk, category, priority (parts joined by &)");
            }
            String key = keyValue[0].strip();
            String value = keyValue[1].strip();
            boolean known = switch (key) {
                case "flag" -> referenceData.flag(value).filter(flag -> flag.code().equals(value)).isPresent();
                case "type" -> referenceData.occurrenceType(value).filter(type -> type.code().equals(value)).isPresent();
                case "risk" -> isConstant(value, RiskLevel.class);
                case "category" -> isConstant(value, CrimeCategory.class);
                default -> isConstant(value, Priority.class);
            };
            if (!known) {
                throw bad(name, number, "condition part '" + part.strip() + "' names no known " + key
                        + (key.equals("flag") ? " (see reference/investigation-flags.csv)"
                        : key.equals("type") ? " (see reference/occurrence-types.csv)" : ""));
            }
            boolean fits = switch (key) {
                case "type" -> appliesTo == PolicyRule.AppliesTo.OCCURRENCE;
                case "category" -> appliesTo == PolicyRule.AppliesTo.CRIME;
                case "priority" -> true;
                default -> appliesTo != PolicyRule.AppliesTo.INVESTIGATION;
            };
            if (!fits) {
                throw bad(name, number, "condition part '" + part.strip() + "' cannot hold for a rule that applies to "
                        + appliesTo);
            }
            terms.add(new PolicyRule.Term(key, value));
        }
        return List.copyOf(terms);
    }

    private static Duration duration(String name, int number, String column, String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw bad(name, number, column + " is required: a time such as 30m, 24h or 7d");
            }
            return null;
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw bad(name, number, column + " '" + text + "' must be a time such as 30m, 24h or 7d");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static <E extends Enum<E>> E constant(String name, int number, String column, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw bad(name, number, column + " '" + text + "' must be one of " + allowed);
        }
    }

    private static <E extends Enum<E>> boolean isConstant(String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static IllegalStateException bad(String name, int line, String problem) {
        return new IllegalStateException("The policy rules file " + name + " line " + line + ": " + problem);
    }
}
