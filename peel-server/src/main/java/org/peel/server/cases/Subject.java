package org.peel.server.cases;

import java.util.Set;

/**
 * What a policy rule looks at: the investigation itself, or one of its crimes or occurrences, with the facts a
 * condition can test.
 *
 * @param key         stored with the tasks it causes: {@code INVESTIGATION}, {@code CRIME:12}, {@code OCCURRENCE:5}
 * @param type        the occurrence type, or null
 * @param category    the crime category, or null
 * @param description for people: "crime CRM-2026-000012 (8N Assault with injury)"
 */
record Subject(Kind kind, String key, Set<String> flags, String type, RiskLevel risk, String category,
               Priority priority, String description) {

    enum Kind {
        INVESTIGATION,
        CRIME,
        OCCURRENCE
    }

    static String crimeKey(long crimeId) {
        return "CRIME:" + crimeId;
    }

    static String occurrenceKey(long occurrenceId) {
        return "OCCURRENCE:" + occurrenceId;
    }
}
