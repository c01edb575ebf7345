package org.peel.server.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.peel.server.crime.CrimeCategory;
import org.peel.server.crime.CrimeReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The MoPI retention rules: the groups and their review periods ({@code reference/retention-groups.csv}) and which
 * group a crime puts a person in ({@code reference/retention-offences.csv}). Read once at start-up; the first bad line
 * stops start-up with a message naming the file and the line, because a wrong review period would silently keep or
 * offer for erasure the wrong records.
 */
@Component
public class RetentionRules {

    static final String GROUPS = "reference/retention-groups.csv";
    static final String OFFENCES = "reference/retention-offences.csv";
    static final String GROUPS_HEADER = "group,title,review_every_years";
    static final String OFFENCES_HEADER = "applies_to,group";
    /** The group of a person with no crime linked, and of a crime whose code and category are not listed. */
    static final String NO_CRIME = "NO_CRIME";
    static final String OTHER_CRIME = "OTHER_CRIME";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();
    private static final Pattern GROUP_CODE = Pattern.compile("[1-9][0-9]?");

    /** A MoPI group: reviewed every {@code reviewEveryYears} after the latest activity or review. */
    public record Group(String code, String title, int reviewEveryYears) {
    }

    /** A crime a person is linked to, as far as retention cares: its offence code and category. */
    public record LinkedOffence(String code, String category) {
    }

    private final Map<String, Group> groups;
    private final Map<String, Group> byOffence;

    @Autowired
    RetentionRules(CrimeReferenceData crimeReferenceData) {
        this(read(GROUPS), read(OFFENCES), code -> crimeReferenceData.offence(code).isPresent());
    }

    RetentionRules(String groupsText, String offencesText, java.util.function.Predicate<String> knownOffence) {
        this.groups = parseGroups(GROUPS, groupsText);
        this.byOffence = parseOffences(OFFENCES, offencesText, groups, knownOffence);
    }

    /** The rules as shipped in the build, for code that runs without the application (the V121 migration). */
    public static RetentionRules fromClasspath(Set<String> offenceCodes) {
        return new RetentionRules(read(GROUPS), read(OFFENCES), offenceCodes::contains);
    }

    public List<Group> groups() {
        return List.copyOf(groups.values());
    }

    public Optional<Group> group(String code) {
        return Optional.ofNullable(code == null ? null : groups.get(code));
    }

    /** The group of a person linked to these crimes: the most serious (lowest numbered) of theirs. */
    public Group groupFor(Collection<LinkedOffence> offences) {
        if (offences.isEmpty()) {
            return byOffence.get(NO_CRIME);
        }
        return offences.stream().map(this::groupOf)
                .min(Comparator.comparingInt(group -> Integer.parseInt(group.code()))).orElseThrow();
    }

    private Group groupOf(LinkedOffence offence) {
        Group group = byOffence.get(offence.code());
        if (group == null) {
            group = byOffence.get(offence.category());
        }
        return group == null ? byOffence.get(OTHER_CRIME) : group;
    }

    /**
     * When a record is next due for review: the group's period after the later of its latest activity and the last
     * review that kept it (a review restarts the clock; new activity after a review does too).
     */
    public static LocalDate nextReview(Group group, LocalDate lastActivity, LocalDate lastReviewed) {
        LocalDate from = lastReviewed != null && lastReviewed.isAfter(lastActivity) ? lastReviewed : lastActivity;
        return from.plusYears(group.reviewEveryYears());
    }

    static Map<String, Group> parseGroups(String name, String text) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Row row : rows(name, text, GROUPS_HEADER, 3)) {
            String code = row.field(0);
            if (!GROUP_CODE.matcher(code).matches()) {
                throw bad(name, row.line(), "group '" + code + "' must be a number from 1 to 99");
            }
            if (groups.containsKey(code)) {
                throw bad(name, row.line(), "group " + code + " appears twice");
            }
            if (row.field(1).isBlank()) {
                throw bad(name, row.line(), "group " + code + " needs a title");
            }
            int years;
            try {
                years = Integer.parseInt(row.field(2));
            } catch (NumberFormatException notNumber) {
                years = 0;
            }
            if (years < 1 || years > 100) {
                throw bad(name, row.line(), "review_every_years '" + row.field(2)
                        + "' must be a whole number of years from 1 to 100");
            }
            groups.put(code, new Group(code, row.field(1), years));
        }
        if (groups.isEmpty()) {
            throw bad(name, 1, "no groups are listed");
        }
        return groups;
    }

    static Map<String, Group> parseOffences(String name, String text, Map<String, Group> groups,
                                            java.util.function.Predicate<String> knownOffence) {
        Map<String, Group> byOffence = new LinkedHashMap<>();
        for (Row row : rows(name, text, OFFENCES_HEADER, 2)) {
            String appliesTo = row.field(0);
            boolean known = appliesTo.equals(NO_CRIME) || appliesTo.equals(OTHER_CRIME) || isCategory(appliesTo)
                    || knownOffence.test(appliesTo);
            if (!known) {
                throw bad(name, row.line(), "applies_to '" + appliesTo + "' is neither " + NO_CRIME + ", "
                        + OTHER_CRIME + ", a crime category nor an offence code of reference/offences.csv");
            }
            if (byOffence.containsKey(appliesTo)) {
                throw bad(name, row.line(), appliesTo + " appears twice");
            }
            Group group = groups.get(row.field(1));
            if (group == null) {
                throw bad(name, row.line(), "group '" + row.field(1) + "' is not one of the groups " + groups.keySet()
                        + " of " + GROUPS);
            }
            byOffence.put(appliesTo, group);
        }
        for (String needed : List.of(NO_CRIME, OTHER_CRIME)) {
            if (!byOffence.containsKey(needed)) {
                throw bad(name, 1, needed + " must be given a group");
            }
        }
        return byOffence;
    }

    private static boolean isCategory(String text) {
        for (CrimeCategory category : CrimeCategory.values()) {
            if (category.name().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private record Row(long line, String[] fields) {
        String field(int index) {
            return fields[index];
        }
    }

    private static List<Row> rows(String name, String text, String header, int columns) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = FORMAT.parse(reader)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (!String.join(",", record.values()).equals(header)) {
                        throw bad(name, line, "the first line that is not a comment must be the header '" + header
                                + "'");
                    }
                    continue;
                }
                if (record.size() != columns) {
                    throw bad(name, line, "has " + record.size() + " fields; " + columns
                            + " are expected (quote a field that holds a comma)");
                }
                rows.add(new Row(line, record.values()));
            }
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            throw new IllegalStateException("The retention file " + name + " cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
        return rows;
    }

    private static String read(String resource) {
        try (InputStream in = RetentionRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reference data " + resource + ": " + e.getMessage(), e);
        }
    }

    private static IllegalStateException bad(String name, long line, String problem) {
        return new IllegalStateException("The retention file " + name + " line " + line + ": " + problem);
    }
}
