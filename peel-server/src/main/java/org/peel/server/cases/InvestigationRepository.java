package org.peel.server.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one class that reads and writes the investigation tables except the tasks: the investigation row, its crimes,
 * occurrences, people, plan versions, log, and the policy rules that fired. The log is only ever inserted into.
 */
@Repository
class InvestigationRepository {

    private static final String COLUMNS = """
            id, reference, version, title, summary, status, priority, officer_in_charge, supervisor, review_due_at,
            last_reviewed_at, last_activity_at, status_changed_at, status_changed_by, status_rationale, created_at,
            created_by, updated_at, updated_by""";

    record InvestigationRow(long id, String reference, long version, String title, String summary,
                            InvestigationStatus status, Priority priority, String officerInCharge, String supervisor,
                            Instant reviewDueAt, Instant lastReviewedAt, Instant lastActivityAt,
                            Instant statusChangedAt, String statusChangedBy, String statusRationale, Instant createdAt,
                            String createdBy, Instant updatedAt, String updatedBy) {
    }

    record CrimeLinkRow(long crimeId, Set<String> flags, RiskLevel risk, Instant linkedAt, String linkedBy) {
    }

    record OccurrenceRow(long id, String type, Instant occurredAt, String summary, Set<String> flags, RiskLevel risk,
                         Long missingEpisodeId, Instant recordedAt, String recordedBy) {
    }

    record PersonRow(long personId, PersonRole role, Instant linkedAt, String linkedBy) {
    }

    record LogRow(long id, LogEntryKind kind, String text, String rationale, Long correctsId, Instant writtenAt,
                  String writtenBy) {
    }

    private final JdbcClient jdbc;

    InvestigationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next INV-YYYY-NNNNNN; the counter row is raised in the caller's transaction (see {@link CaseReferences}). */
    long insert(String reference, String title, String summary, Priority priority, String officerInCharge,
                String supervisor, Instant reviewDueAt, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO investigation (reference, version, title, summary, status, priority,
                            officer_in_charge, supervisor, active_officer, active_supervisor, review_due_at,
                            last_activity_at, status_changed_at, status_changed_by, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:reference, 0, :title, :summary, 'OPEN', :priority, :officer, :supervisor, :officer,
                            :supervisor, :reviewDue, :now, :now, :username, :now, :username, :now, :username)""")
                .param("reference", reference)
                .param("title", title)
                .param("summary", summary)
                .param("priority", priority.name())
                .param("officer", officerInCharge)
                .param("supervisor", supervisor)
                .param("reviewDue", at(reviewDueAt))
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<InvestigationRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation WHERE id = :id").param("id", id)
                .query(InvestigationRepository::investigation).optional();
    }

    Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM investigation WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    /** Raises the version of the investigation read at {@code version}; false when someone changed it since. */
    boolean touch(long id, long version, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE investigation SET version = version + 1, last_activity_at = :now, updated_at = :now,
                            updated_by = :username WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("now", at(now)).param("username", username)
                .update() == 1;
    }

    /** Notes activity that does not change the investigation itself (a log entry, a task): no version change. */
    void noteActivity(long id, Instant now) {
        jdbc.sql("UPDATE investigation SET last_activity_at = :now WHERE id = :id AND last_activity_at < :now")
                .param("id", id).param("now", at(now)).update();
    }

    boolean updateDetails(long id, long version, String title, String summary, Priority priority,
                          String officerInCharge, String supervisor, Instant reviewDueAt, String username,
                          Instant now) {
        return jdbc.sql("""
                        UPDATE investigation SET version = version + 1, title = :title, summary = :summary,
                            priority = :priority, officer_in_charge = :officer, supervisor = :supervisor,
                            active_officer = CASE WHEN status IN ('OPEN', 'PENDING_FURTHER_INFORMATION')
                                THEN :officer ELSE NULL END,
                            active_supervisor = CASE WHEN status IN ('OPEN', 'PENDING_FURTHER_INFORMATION')
                                THEN :supervisor ELSE NULL END,
                            review_due_at = :reviewDue, last_activity_at = :now, updated_at = :now,
                            updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("title", title).param("summary", summary)
                .param("priority", priority.name()).param("officer", officerInCharge)
                .param("supervisor", supervisor).param("reviewDue", at(reviewDueAt)).param("now", at(now))
                .param("username", username)
                .update() == 1;
    }

    boolean changeStatus(long id, long version, InvestigationStatus status, String officerInCharge,
                         String supervisor, Instant reviewDueAt, String rationale, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE investigation SET version = version + 1, status = :status, active_officer = :officer,
                            active_supervisor = :supervisor, review_due_at = :reviewDue, status_changed_at = :now,
                            status_changed_by = :username, status_rationale = :rationale, last_activity_at = :now,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("status", status.name())
                .param("officer", status.active() ? officerInCharge : null)
                .param("supervisor", status.active() ? supervisor : null)
                .param("reviewDue", at(reviewDueAt)).param("rationale", rationale).param("now", at(now))
                .param("username", username)
                .update() == 1;
    }

    boolean recordReview(long id, long version, Instant nextDue, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE investigation SET version = version + 1, last_reviewed_at = :now,
                            review_due_at = :nextDue, last_activity_at = :now, updated_at = :now,
                            updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("nextDue", at(nextDue)).param("now", at(now))
                .param("username", username)
                .update() == 1;
    }

    // --- crimes, occurrences, people ---

    void linkCrime(long id, long crimeId, Set<String> flags, RiskLevel risk, String username, Instant now) {
        jdbc.sql("""
                        INSERT INTO investigation_crime (investigation_id, crime_id, flags, risk, linked_at, linked_by)
                        VALUES (:id, :crime, :flags, :risk, :now, :username)""")
                .param("id", id).param("crime", crimeId).param("flags", joined(flags))
                .param("risk", risk == null ? null : risk.name()).param("now", at(now)).param("username", username)
                .update();
    }

    void updateCrimeFlags(long id, long crimeId, Set<String> flags, RiskLevel risk) {
        jdbc.sql("UPDATE investigation_crime SET flags = :flags, risk = :risk WHERE investigation_id = :id"
                        + " AND crime_id = :crime")
                .param("id", id).param("crime", crimeId).param("flags", joined(flags))
                .param("risk", risk == null ? null : risk.name()).update();
    }

    List<CrimeLinkRow> crimes(long id) {
        return jdbc.sql("""
                        SELECT crime_id, flags, risk, linked_at, linked_by FROM investigation_crime
                        WHERE investigation_id = :id ORDER BY linked_at, crime_id""")
                .param("id", id)
                .query((rs, row) -> new CrimeLinkRow(rs.getLong("crime_id"), flags(rs.getString("flags")),
                        risk(rs.getString("risk")), instant(rs, "linked_at"), rs.getString("linked_by")))
                .list();
    }

    long insertOccurrence(long id, String type, Instant occurredAt, String summary, Set<String> flags, RiskLevel risk,
                          Long missingEpisodeId, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO investigation_occurrence (investigation_id, occurrence_type, occurred_at, summary,
                            flags, risk, missing_episode_id, recorded_at, recorded_by)
                        VALUES (:id, :type, :occurredAt, :summary, :flags, :risk, :episode, :now, :username)""")
                .param("id", id).param("type", type).param("occurredAt", at(occurredAt)).param("summary", summary)
                .param("flags", joined(flags)).param("risk", risk == null ? null : risk.name())
                .param("episode", missingEpisodeId).param("now", at(now)).param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void updateOccurrenceFlags(long occurrenceId, Set<String> flags, RiskLevel risk) {
        jdbc.sql("UPDATE investigation_occurrence SET flags = :flags, risk = :risk WHERE id = :occurrence")
                .param("occurrence", occurrenceId).param("flags", joined(flags))
                .param("risk", risk == null ? null : risk.name()).update();
    }

    List<OccurrenceRow> occurrences(long id) {
        return jdbc.sql("""
                        SELECT id, occurrence_type, occurred_at, summary, flags, risk, missing_episode_id, recorded_at,
                            recorded_by
                        FROM investigation_occurrence WHERE investigation_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, row) -> new OccurrenceRow(rs.getLong("id"), rs.getString("occurrence_type"),
                        instant(rs, "occurred_at"), rs.getString("summary"), flags(rs.getString("flags")),
                        risk(rs.getString("risk")), (Long) rs.getObject("missing_episode_id", Long.class),
                        instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    void linkPerson(long id, long personId, PersonRole role, String username, Instant now) {
        jdbc.sql("""
                        INSERT INTO investigation_person (investigation_id, person_id, person_role, linked_at, linked_by)
                        VALUES (:id, :person, :role, :now, :username)""")
                .param("id", id).param("person", personId).param("role", role.name()).param("now", at(now))
                .param("username", username).update();
    }

    List<PersonRow> people(long id) {
        return jdbc.sql("""
                        SELECT person_id, person_role, linked_at, linked_by FROM investigation_person
                        WHERE investigation_id = :id ORDER BY linked_at, person_id, person_role""")
                .param("id", id)
                .query((rs, row) -> new PersonRow(rs.getLong("person_id"), PersonRole.valueOf(rs.getString("person_role")),
                        instant(rs, "linked_at"), rs.getString("linked_by")))
                .list();
    }

    /** A person's part in one investigation, and one occurrence of it (null when it has none), for their page. */
    record PersonInvolvementRow(long investigationId, String reference, String title, InvestigationStatus status,
                                Instant openedAt, PersonRole role, Long occurrenceId, String occurrenceType,
                                Instant occurredAt, String occurrenceSummary) {
    }

    /**
     * The newest {@code limit} investigations a person is in, with each role they hold and each occurrence of the
     * investigation: one statement, however many there are (a row per role and occurrence, few of each).
     */
    List<PersonInvolvementRow> involvementsOf(long personId, int limit) {
        return jdbc.sql("""
                        SELECT i.id, i.reference, i.title, i.status, i.created_at, p.person_role, o.id AS occurrence_id,
                            o.occurrence_type, o.occurred_at, o.summary AS occurrence_summary
                        FROM investigation_person p
                        JOIN investigation i ON i.id = p.investigation_id
                        LEFT JOIN investigation_occurrence o ON o.investigation_id = i.id
                        WHERE p.person_id = :person AND p.investigation_id IN (
                            SELECT DISTINCT q.investigation_id FROM investigation_person q WHERE q.person_id = :person
                            ORDER BY q.investigation_id DESC LIMIT :limit)
                        ORDER BY i.id DESC, o.id, p.person_role""")
                .param("person", personId).param("limit", limit)
                .query((rs, row) -> new PersonInvolvementRow(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("title"), InvestigationStatus.valueOf(rs.getString("status")),
                        instant(rs, "created_at"), PersonRole.valueOf(rs.getString("person_role")),
                        (Long) rs.getObject("occurrence_id", Long.class), rs.getString("occurrence_type"),
                        instant(rs, "occurred_at"), rs.getString("occurrence_summary")))
                .list();
    }

    /** An investigation a crime is in: id, reference, status. */
    record CrimeInvestigationRow(long id, String reference, InvestigationStatus status) {
    }

    /** The investigations that hold a crime, newest first (almost always none or one). */
    List<CrimeInvestigationRow> investigationsOfCrime(long crimeId) {
        return jdbc.sql("""
                        SELECT i.id, i.reference, i.status FROM investigation_crime c
                        JOIN investigation i ON i.id = c.investigation_id
                        WHERE c.crime_id = :crime ORDER BY i.id DESC""")
                .param("crime", crimeId)
                .query((rs, row) -> new CrimeInvestigationRow(rs.getLong("id"), rs.getString("reference"),
                        InvestigationStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The investigations with an occurrence naming this missing-person episode, newest first. */
    List<CrimeInvestigationRow> investigationsOfMissingEpisode(long episodeId) {
        return jdbc.sql("""
                        SELECT DISTINCT i.id, i.reference, i.status FROM investigation_occurrence o
                        JOIN investigation i ON i.id = o.investigation_id
                        WHERE o.missing_episode_id = :episode ORDER BY i.id DESC""")
                .param("episode", episodeId)
                .query((rs, row) -> new CrimeInvestigationRow(rs.getLong("id"), rs.getString("reference"),
                        InvestigationStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The investigations a person is in, with their role, newest first. */
    List<Long> investigationsOf(long personId, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT p.investigation_id FROM investigation_person p
                        WHERE p.person_id = :person ORDER BY p.investigation_id DESC LIMIT :limit""")
                .param("person", personId).param("limit", limit).query(Long.class).list();
    }

    // --- plan and log ---

    void insertPlan(long id, int planVersion, String text, String username, Instant now) {
        jdbc.sql("""
                        INSERT INTO investigation_plan (investigation_id, plan_version, plan_text, written_at, written_by)
                        VALUES (:id, :planVersion, :text, :now, :username)""")
                .param("id", id).param("planVersion", planVersion).param("text", text).param("now", at(now))
                .param("username", username).update();
    }

    List<Investigation.PlanVersion> plans(long id) {
        return jdbc.sql("""
                        SELECT plan_version, plan_text, written_at, written_by FROM investigation_plan
                        WHERE investigation_id = :id ORDER BY plan_version DESC""")
                .param("id", id)
                .query((rs, row) -> new Investigation.PlanVersion(rs.getInt("plan_version"), rs.getString("plan_text"),
                        instant(rs, "written_at"), rs.getString("written_by")))
                .list();
    }

    long insertLog(long id, LogEntryKind kind, String text, String rationale, Long correctsId, String username,
                   Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO investigation_log (investigation_id, kind, entry_text, rationale, corrects_id,
                            written_at, written_by)
                        VALUES (:id, :kind, :text, :rationale, :corrects, :now, :username)""")
                .param("id", id).param("kind", kind.name()).param("text", text).param("rationale", rationale)
                .param("corrects", correctsId).param("now", at(now)).param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<LogRow> log(long id) {
        return jdbc.sql("""
                        SELECT id, kind, entry_text, rationale, corrects_id, written_at, written_by
                        FROM investigation_log WHERE investigation_id = :id ORDER BY id""")
                .param("id", id)
                .query((rs, row) -> new LogRow(rs.getLong("id"), LogEntryKind.valueOf(rs.getString("kind")),
                        rs.getString("entry_text"), rs.getString("rationale"),
                        (Long) rs.getObject("corrects_id", Long.class), instant(rs, "written_at"),
                        rs.getString("written_by")))
                .list();
    }

    // --- policy rules ---

    /** Records that a rule fired for a subject; false when it already had (the rule then does nothing). */
    boolean markFired(long id, String ruleCode, String subject, Instant now) {
        boolean already = jdbc.sql("""
                        SELECT COUNT(*) FROM investigation_rule_firing
                        WHERE investigation_id = :id AND rule_code = :rule AND subject = :subject""")
                .param("id", id).param("rule", ruleCode).param("subject", subject).query(Long.class).single() > 0;
        if (already) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO investigation_rule_firing (investigation_id, rule_code, subject, fired_at)
                        VALUES (:id, :rule, :subject, :now)""")
                .param("id", id).param("rule", ruleCode).param("subject", subject).param("now", at(now)).update();
        return true;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM investigation").query(Long.class).single();
    }

    private static InvestigationRow investigation(ResultSet rs, int row) throws SQLException {
        return new InvestigationRow(rs.getLong("id"), rs.getString("reference"), rs.getLong("version"),
                rs.getString("title"), rs.getString("summary"), InvestigationStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), rs.getString("officer_in_charge"),
                rs.getString("supervisor"), instant(rs, "review_due_at"), instant(rs, "last_reviewed_at"),
                instant(rs, "last_activity_at"), instant(rs, "status_changed_at"), rs.getString("status_changed_by"),
                rs.getString("status_rationale"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    static Set<String> flags(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(joined.strip().split(" ")));
    }

    static String joined(Set<String> flags) {
        return String.join(" ", flags);
    }

    static RiskLevel risk(String text) {
        return text == null ? null : RiskLevel.valueOf(text);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** "Reference title" of the investigations with these ids, in one query; ids that name none are left out. */
    Map<Long, String> labels(Collection<Long> ids) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, reference, title FROM investigation WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, row) -> found.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3))).list();
        }
        return found;
    }
}
