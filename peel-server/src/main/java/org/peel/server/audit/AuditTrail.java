package org.peel.server.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log read by professional standards ({@link Role#AUDITOR}): every access to one record, and everything
 * one user did, newest first, filtered by user and by days in the force's calendar. Reading the trail is itself
 * logged as a consultation: of the record whose trail was read, or of the user ({@code record_type = 'user'}).
 */
@Service
public class AuditTrail {

    /** The record type under which looking at a user's activity is logged. */
    public static final String USER_RECORD_TYPE = "user";
    static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final RecordKeeping records;
    private final ForceCalendar calendar;

    AuditTrail(JdbcClient jdbc, RecordKeeping records, ForceCalendar calendar) {
        this.jdbc = jdbc;
        this.records = records;
        this.calendar = calendar;
    }

    /** What to look for: a user (optional for a record's trail) and a period of days, both ends included. */
    public record Filter(String user, LocalDate from, LocalDate to, int page, int size) {
    }

    /** One page of a trail, newest first. */
    public record Page(List<AuditEntry> entries, int page, int size, boolean more) {
    }

    /** Who accessed a record, and how: every entry about it. */
    @Transactional
    @PreAuthorize(Role.AUDIT)
    public Page accessTo(String recordType, String recordId, Filter filter) {
        FieldErrors errors = new FieldErrors();
        if (recordType == null || recordType.isBlank() || recordType.length() > 40) {
            errors.add("recordType", "is required: person, crime, incident, missing_episode, investigation, ...");
        }
        if (recordId == null || recordId.isBlank() || recordId.length() > 64) {
            errors.add("recordId", "is required");
        }
        check(filter, errors);
        Page page = query("record_type = :type AND record_id = :id" + (blank(filter.user()) ? ""
                : " AND username = :user"), filter, recordType.strip(), recordId.strip());
        records.consultedAll(recordType.strip(), List.of(recordId.strip()), "viewed who accessed this record"
                + described(filter));
        return page;
    }

    /** What a user did: every entry naming them. */
    @Transactional
    @PreAuthorize(Role.AUDIT)
    public Page activityOf(String username, Filter filter) {
        FieldErrors errors = new FieldErrors();
        if (blank(username) || username.length() > 64) {
            errors.add("user", "is required");
        }
        check(filter, errors);
        Page page = query("username = :user", new Filter(username.strip(), filter.from(), filter.to(),
                filter.page(), filter.size()), null, null);
        records.consultedAll(USER_RECORD_TYPE, List.of(username.strip()), "viewed what this user did"
                + described(filter));
        return page;
    }

    private static void check(Filter filter, FieldErrors errors) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            errors.add("from", "is after to");
        }
        if (filter.page() < 0 || filter.page() > 100_000) {
            errors.add("page", "must be between 0 and 100000");
        }
        if (filter.size() < 1 || filter.size() > MAX_PAGE_SIZE) {
            errors.add("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        errors.throwIfAny();
    }

    private Page query(String condition, Filter filter, String type, String id) {
        Instant from = filter.from() == null ? null : calendar.startOf(filter.from());
        Instant to = filter.to() == null ? null : calendar.startOf(filter.to().plusDays(1));
        String sql = "SELECT id, occurred_at, username, action, record_type, record_id, justification, detail,"
                + " request_id FROM audit_entry WHERE " + condition
                + (from == null ? "" : " AND occurred_at >= :from") + (to == null ? "" : " AND occurred_at < :to")
                + " ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY";
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("offset", (long) filter.page() * filter.size()).param("limit", filter.size() + 1);
        if (type != null) {
            statement = statement.param("type", type).param("id", id);
        }
        if (!blank(filter.user())) {
            statement = statement.param("user", filter.user().strip());
        }
        if (from != null) {
            statement = statement.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            statement = statement.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        List<AuditEntry> entries = statement.query(AuditLog::entry).list();
        boolean more = entries.size() > filter.size();
        return new Page(more ? entries.subList(0, filter.size()) : entries, filter.page(), filter.size(), more);
    }

    private static String described(Filter filter) {
        StringBuilder text = new StringBuilder();
        if (!blank(filter.user())) {
            text.append(" user=").append(filter.user().strip());
        }
        if (filter.from() != null) {
            text.append(" from=").append(filter.from());
        }
        if (filter.to() != null) {
            text.append(" to=").append(filter.to());
        }
        return text.isEmpty() ? "" : ";" + text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
