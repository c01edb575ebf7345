package org.peel.server.missing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the missing-persons tables. */
@Repository
class EpisodeRepository {

    static final String INFORMATION_LINE_OF_ENQUIRY = "LINE_OF_ENQUIRY";
    static final String INFORMATION_SIGHTING = "SIGHTING";

    private static final String EPISODE_COLUMNS = """
            id, version, person_id, status, reported_at, last_seen_at, last_seen_place, last_seen_postcode, last_seen_by,
            circumstances, description, associates, places, medical_needs, child, child_basis, in_care, reported_by,
            reporter_contact, latest_grade, confirmed_grade, last_assessed_at, unconfirmed_since, review_due_at,
            closed_at, closed_by, found_at, found_place, found_postcode, found_by, found_condition, close_reason,
            interview_due_at, interview_done_at, interview_by, interview_notes, interview_recorded_by,
            created_at, created_by, updated_at, updated_by, last_seen_location_id""";
    private static final String OPEN_COLUMNS = """
            id, person_id, latest_grade, confirmed_grade, unconfirmed_since, review_due_at, child, reported_at,
            last_seen_at, last_seen_place""";

    /** A stored episode, as its columns hold it. */
    record EpisodeRow(long id, long version, long personId, EpisodeStatus status, Instant reportedAt, Instant lastSeenAt,
                      String lastSeenPlace, String lastSeenPostcode, String lastSeenBy, String circumstances,
                      String description, String associates, String places, String medicalNeeds, boolean child,
                      String childBasis, boolean inCare, String reportedBy, String reporterContact,
                      RiskGrade latestGrade, RiskGrade confirmedGrade, Instant lastAssessedAt,
                      Instant unconfirmedSince, Instant reviewDueAt, Instant closedAt, String closedBy, Instant foundAt,
                      String foundPlace, String foundPostcode, String foundBy, String foundCondition,
                      String closeReason, Instant interviewDueAt, Instant interviewDoneAt, String interviewBy,
                      String interviewNotes, String interviewRecordedBy, Instant createdAt, String createdBy,
                      Instant updatedAt, String updatedBy, Long lastSeenLocationId) {
    }

    /** An open episode as the coordinator's view reads it. */
    record OpenRow(long id, long personId, RiskGrade latestGrade, RiskGrade confirmedGrade, Instant unconfirmedSince,
                   Instant reviewDueAt, boolean child, Instant reportedAt, Instant lastSeenAt, String lastSeenPlace) {
    }

    /** A closed episode whose interview is outstanding. */
    record InterviewRow(long id, long personId, EpisodeStatus status, Instant foundAt, Instant dueAt, boolean child) {
    }

    /** A stored assessment; factor codes as stored. */
    record AssessmentRow(long id, long episodeId, RiskGrade grade, List<String> riskFactors, String rationale,
                         Instant assessedAt, String assessedBy, Instant confirmedAt, String confirmedBy,
                         String confirmationNote) {
    }

    private final JdbcClient jdbc;

    EpisodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ReportContent report, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO missing_episode (version, person_id, status, reported_at, last_seen_at,
                            last_seen_place, last_seen_postcode, last_seen_by, circumstances, description, associates,
                            places, medical_needs, child, child_basis, in_care, reported_by, reporter_contact,
                            latest_grade, last_assessed_at, created_at, created_by, updated_at, updated_by)
                        VALUES (0, :person, 'OPEN', :now, :lastSeenAt, :lastSeenPlace, :lastSeenPostcode, :lastSeenBy,
                            :circumstances, :description, :associates, :places, :medicalNeeds, :child, :childBasis,
                            :inCare, :reportedBy, :reporterContact, :grade, :now, :now, :username, :now, :username)""")
                .param("person", report.personId())
                .param("now", at(now))
                .param("lastSeenAt", at(report.lastSeenAt()))
                .param("lastSeenPlace", report.lastSeenPlace())
                .param("lastSeenPostcode", report.lastSeenPostcode())
                .param("lastSeenBy", report.lastSeenBy())
                .param("circumstances", report.circumstances())
                .param("description", report.description())
                .param("associates", report.associates())
                .param("places", report.places())
                .param("medicalNeeds", report.medicalNeeds())
                .param("child", report.child())
                .param("childBasis", report.childBasis())
                .param("inCare", report.inCare())
                .param("reportedBy", report.reportedBy())
                .param("reporterContact", report.reporterContact())
                .param("grade", report.risk().grade().name())
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    long insertAssessment(long episodeId, AssessmentContent assessment, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO missing_risk_assessment (episode_id, grade, risk_factors, rationale, assessed_at,
                            assessed_by) VALUES (:episode, :grade, :factors, :rationale, :now, :username)""")
                .param("episode", episodeId)
                .param("grade", assessment.grade().name())
                .param("factors", String.join(",", assessment.riskFactors()))
                .param("rationale", assessment.rationale())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void confirmAssessment(long assessmentId, String note, String username, Instant now) {
        jdbc.sql("""
                        UPDATE missing_risk_assessment SET confirmed_at = :now, confirmed_by = :username,
                            confirmation_note = :note WHERE id = :id AND confirmed_at IS NULL""")
                .param("now", at(now)).param("username", username).param("note", note).param("id", assessmentId)
                .update();
    }

    /**
     * Sets the episode's copy of its risk state, provided it is still at {@code version}. The caller works the state out
     * from the assessments; the review is due {@code reviewDueAt}, or never (null) once the episode is closed.
     */
    boolean updateRisk(long id, long version, RiskGrade latest, RiskGrade confirmed, Instant lastAssessedAt,
                       Instant unconfirmedSince, Instant reviewDueAt, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE missing_episode SET version = version + 1, latest_grade = :latest,
                            confirmed_grade = :confirmed, last_assessed_at = :assessedAt,
                            unconfirmed_since = :unconfirmedSince, review_due_at = :reviewDueAt,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("latest", latest.name())
                .param("confirmed", confirmed == null ? null : confirmed.name())
                .param("assessedAt", at(lastAssessedAt))
                .param("unconfirmedSince", at(unconfirmedSince))
                .param("reviewDueAt", at(reviewDueAt))
                .param("now", at(now)).param("username", username).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Sets the risk state of a new episode (version 0) without raising its version. */
    void initialiseRisk(long id, Instant unconfirmedSince, Instant reviewDueAt) {
        jdbc.sql("UPDATE missing_episode SET unconfirmed_since = :since, review_due_at = :due WHERE id = :id")
                .param("since", at(unconfirmedSince)).param("due", at(reviewDueAt)).param("id", id).update();
    }

    boolean close(long id, long version, ClosureContent closure, Instant interviewDueAt, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE missing_episode SET version = version + 1, status = :status, closed_at = :now,
                            closed_by = :username, found_at = :foundAt, found_place = :place, found_postcode = :postcode,
                            found_by = :foundBy, found_condition = :condition, close_reason = :reason,
                            interview_due_at = :interviewDueAt, review_due_at = NULL, unconfirmed_since = NULL,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version AND status = 'OPEN'""")
                .param("status", closure.outcome().name())
                .param("foundAt", at(closure.at()))
                .param("place", closure.place())
                .param("postcode", closure.postcode())
                .param("foundBy", closure.by())
                .param("condition", closure.condition())
                .param("reason", closure.reason())
                .param("interviewDueAt", at(interviewDueAt))
                .param("now", at(now)).param("username", username).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean recordInterview(long id, long version, InterviewContent interview, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE missing_episode SET version = version + 1, interview_done_at = :doneAt,
                            interview_by = :by, interview_notes = :notes, interview_recorded_by = :username,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version AND interview_done_at IS NULL""")
                .param("doneAt", at(interview.conductedAt()))
                .param("by", interview.conductedBy())
                .param("notes", interview.notes())
                .param("now", at(now)).param("username", username).param("id", id).param("version", version)
                .update() == 1;
    }

    long insertInformation(long episodeId, String kind, InformationContent information, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO missing_information (episode_id, kind, learned, source, obtained_at, place, postcode,
                            recorded_at, recorded_by)
                        VALUES (:episode, :kind, :learned, :source, :obtainedAt, :place, :postcode, :now, :username)""")
                .param("episode", episodeId).param("kind", kind)
                .param("learned", information.learned()).param("source", information.source())
                .param("obtainedAt", at(information.obtainedAt()))
                .param("place", information.place()).param("postcode", information.postcode())
                .param("now", at(now)).param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<EpisodeRow> find(long id) {
        return jdbc.sql("SELECT " + EPISODE_COLUMNS + " FROM missing_episode WHERE id = :id")
                .param("id", id).query(EpisodeRepository::episode).optional();
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("SELECT version FROM missing_episode WHERE id = :id").param("id", id).query(Long.class)
                .optional();
    }

    List<AssessmentRow> assessments(long episodeId) {
        return jdbc.sql("""
                        SELECT id, episode_id, grade, risk_factors, rationale, assessed_at, assessed_by, confirmed_at,
                            confirmed_by, confirmation_note
                        FROM missing_risk_assessment WHERE episode_id = :episode ORDER BY id""")
                .param("episode", episodeId)
                .query((rs, row) -> new AssessmentRow(rs.getLong("id"), rs.getLong("episode_id"),
                        RiskGrade.valueOf(rs.getString("grade")), codes(rs.getString("risk_factors")),
                        rs.getString("rationale"), instant(rs, "assessed_at"), rs.getString("assessed_by"),
                        instant(rs, "confirmed_at"), rs.getString("confirmed_by"), rs.getString("confirmation_note")))
                .list();
    }

    List<Episode.Information> information(long episodeId, String kind) {
        return jdbc.sql("""
                        SELECT id, learned, source, obtained_at, place, postcode, recorded_at, recorded_by
                        FROM missing_information WHERE episode_id = :episode AND kind = :kind
                        ORDER BY obtained_at, id""")
                .param("episode", episodeId).param("kind", kind)
                .query((rs, row) -> new Episode.Information(rs.getLong("id"), rs.getString("learned"),
                        rs.getString("source"), instant(rs, "obtained_at"), rs.getString("place"),
                        rs.getString("postcode"), instant(rs, "recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    /** A person's episodes, newest first. */
    List<EpisodeRow> episodesOf(long personId) {
        return jdbc.sql("SELECT " + EPISODE_COLUMNS + " FROM missing_episode WHERE person_id = :person"
                        + " ORDER BY reported_at DESC, id DESC")
                .param("person", personId).query(EpisodeRepository::episode).list();
    }

    /** The open episode of each of these people that has one (the latest, should there be two): one query. */
    Map<Long, OpenEpisode> openEpisodesOf(Collection<Long> personIds) {
        Map<Long, OpenEpisode> open = new HashMap<>();
        if (personIds.isEmpty()) {
            return open;
        }
        jdbc.sql("""
                        SELECT id, person_id, latest_grade, confirmed_grade FROM missing_episode
                        WHERE status = 'OPEN' AND person_id IN (:people) ORDER BY reported_at, id""")
                .param("people", personIds)
                .query((ResultSet rs) -> {
                    String confirmed = rs.getString("confirmed_grade");
                    open.put(rs.getLong("person_id"), new OpenEpisode(rs.getLong("id"),
                            RiskGrade.valueOf(rs.getString("latest_grade")),
                            confirmed == null ? null : RiskGrade.valueOf(confirmed)));
                });
        return open;
    }

    /** An open episode as an alert needs it: the latest assessed grade and the confirmed one (null until confirmed). */
    record OpenEpisode(long id, RiskGrade latestGrade, RiskGrade confirmedGrade) {
    }

    /** How many episodes each of these people had reported after {@code since}. */
    Map<Long, Integer> episodesSince(Collection<Long> personIds, Instant since) {
        Map<Long, Integer> counts = new HashMap<>();
        if (personIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT person_id, COUNT(*) FROM missing_episode
                        WHERE person_id IN (:people) AND reported_at > :since GROUP BY person_id""")
                .param("people", personIds).param("since", at(since))
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Every open episode: few at any time, however many closed ones years of work leave behind. */
    List<OpenRow> openEpisodes() {
        return jdbc.sql("SELECT " + OPEN_COLUMNS + " FROM missing_episode WHERE status = 'OPEN'")
                .query((rs, row) -> new OpenRow(rs.getLong("id"), rs.getLong("person_id"),
                        RiskGrade.valueOf(rs.getString("latest_grade")), grade(rs.getString("confirmed_grade")),
                        instant(rs, "unconfirmed_since"), instant(rs, "review_due_at"), rs.getBoolean("child"),
                        instant(rs, "reported_at"), instant(rs, "last_seen_at"), rs.getString("last_seen_place")))
                .list();
    }

    /** Return interviews not held whose due time has passed, the longest overdue first. */
    List<InterviewRow> interviewsOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, person_id, status, found_at, interview_due_at, child FROM missing_episode
                        WHERE interview_done_at IS NULL AND interview_due_at < :now
                        ORDER BY interview_due_at LIMIT :limit""")
                .param("now", at(now)).param("limit", limit)
                .query((rs, row) -> new InterviewRow(rs.getLong("id"), rs.getLong("person_id"),
                        EpisodeStatus.valueOf(rs.getString("status")), instant(rs, "found_at"),
                        instant(rs, "interview_due_at"), rs.getBoolean("child")))
                .list();
    }

    long countInterviewsOverdue(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM missing_episode WHERE interview_done_at IS NULL AND interview_due_at < :now")
                .param("now", at(now)).query(Long.class).single();
    }

    /** Stores the location the place last seen resolved to. */
    void setLastSeenLocation(long id, long locationId) {
        jdbc.sql("UPDATE missing_episode SET last_seen_location_id = :location WHERE id = :id")
                .param("location", locationId).param("id", id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM missing_episode").query(Long.class).single();
    }

    private static EpisodeRow episode(ResultSet rs, int row) throws SQLException {
        return new EpisodeRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("person_id"),
                EpisodeStatus.valueOf(rs.getString("status")), instant(rs, "reported_at"), instant(rs, "last_seen_at"),
                rs.getString("last_seen_place"), rs.getString("last_seen_postcode"), rs.getString("last_seen_by"),
                rs.getString("circumstances"), rs.getString("description"), rs.getString("associates"),
                rs.getString("places"), rs.getString("medical_needs"), rs.getBoolean("child"),
                rs.getString("child_basis"), rs.getBoolean("in_care"), rs.getString("reported_by"),
                rs.getString("reporter_contact"), RiskGrade.valueOf(rs.getString("latest_grade")),
                grade(rs.getString("confirmed_grade")), instant(rs, "last_assessed_at"),
                instant(rs, "unconfirmed_since"), instant(rs, "review_due_at"), instant(rs, "closed_at"),
                rs.getString("closed_by"), instant(rs, "found_at"), rs.getString("found_place"),
                rs.getString("found_postcode"), rs.getString("found_by"), rs.getString("found_condition"),
                rs.getString("close_reason"), instant(rs, "interview_due_at"), instant(rs, "interview_done_at"),
                rs.getString("interview_by"), rs.getString("interview_notes"), rs.getString("interview_recorded_by"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getObject("last_seen_location_id", Long.class));
    }

    private static RiskGrade grade(String code) {
        return code == null ? null : RiskGrade.valueOf(code);
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The person each of these episodes is about, in one query; ids that name no episode are left out. */
    Map<Long, Long> personIds(Collection<Long> ids) {
        Map<Long, Long> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, person_id FROM missing_episode WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, row) -> found.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return found;
    }
}
