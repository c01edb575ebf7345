package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peel.server.platform.ReferenceFile;
import org.peel.server.retention.RetentionRules;

/**
 * Works out the retention group and next review date of every person recorded before retention existed (V120), with
 * the rules the server uses ({@link RetentionRules}, from the reference files in the build): the most serious group of
 * the crimes they are the victim of or a suspect in, and the review period after their latest activity (the last
 * change to them or to one of those crimes). A Java migration because the rules are reference data, not SQL. Days are
 * taken in UTC here; the server takes them in the force's time zone, at most a day apart.
 */
public class V121__Fill_person_retention extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Fills the review of every person who has none (all of them when the migration runs) and is not erased. */
    public void fill(Connection connection) throws SQLException {
        Set<String> offenceCodes = ReferenceFile.read("reference/offences.csv", 4).stream().map(row -> row[0])
                .collect(Collectors.toSet());
        RetentionRules rules = RetentionRules.fromClasspath(offenceCodes);
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO person_retention (person_id,"
                     + " retention_group, last_activity_on, next_review_on) VALUES (?, ?, ?, ?)")) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("""
                    SELECT p.id, p.updated_at, c.offence_code, c.category, c.updated_at AS crime_at
                    FROM person p LEFT JOIN (
                        SELECT victim_person_id AS person_id, offence_code, category, updated_at FROM crime
                        UNION ALL
                        SELECT s.person_id, c.offence_code, c.category, c.updated_at
                        FROM crime_suspect s JOIN crime c ON c.id = s.crime_id
                    ) c ON c.person_id = p.id
                    WHERE NOT EXISTS (SELECT 1 FROM person_retention r WHERE r.person_id = p.id)
                      AND NOT EXISTS (SELECT 1 FROM person_erasure e WHERE e.person_id = p.id)
                    ORDER BY p.id""")) {
                Person current = null;
                int batched = 0;
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (current == null || current.id != id) {
                        if (current != null) {
                            add(insert, current, rules);
                            batched = flushIfFull(insert, batched + 1);
                        }
                        current = new Person(id, day(rows.getObject("updated_at", OffsetDateTime.class)));
                    }
                    String code = rows.getString("offence_code");
                    if (code != null) {
                        current.offences.add(new RetentionRules.LinkedOffence(code, rows.getString("category")));
                        LocalDate crimeDay = day(rows.getObject("crime_at", OffsetDateTime.class));
                        if (crimeDay.isAfter(current.lastActivity)) {
                            current.lastActivity = crimeDay;
                        }
                    }
                }
                if (current != null) {
                    add(insert, current, rules);
                }
                insert.executeBatch();
            }
        }
    }

    private static void add(PreparedStatement insert, Person person, RetentionRules rules) throws SQLException {
        RetentionRules.Group group = rules.groupFor(person.offences);
        insert.setLong(1, person.id);
        insert.setString(2, group.code());
        insert.setDate(3, Date.valueOf(person.lastActivity));
        insert.setDate(4, Date.valueOf(RetentionRules.nextReview(group, person.lastActivity, null)));
        insert.addBatch();
    }

    private static int flushIfFull(PreparedStatement insert, int batched) throws SQLException {
        if (batched < BATCH) {
            return batched;
        }
        insert.executeBatch();
        return 0;
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static final class Person {
        final long id;
        LocalDate lastActivity;
        final List<RetentionRules.LinkedOffence> offences = new ArrayList<>();

        Person(long id, LocalDate lastActivity) {
            this.id = id;
            this.lastActivity = lastActivity;
        }
    }
}
