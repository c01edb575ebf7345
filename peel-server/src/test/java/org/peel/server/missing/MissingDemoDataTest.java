package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.People;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.PeelProperties;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@PeelIntegrationTest
class MissingDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    People people;
    @Autowired
    EpisodeRepository repository;
    @Autowired
    MissingProperties properties;
    @Autowired
    RecordKeeping records;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private long count(String where) {
        return jdbc.sql("SELECT COUNT(*) FROM missing_episode WHERE " + where).query(Long.class).single();
    }

    @Test
    void demoDataHasOpenEpisodesAtEveryGradeOverdueUnconfirmedChildrenAndRepeats() {
        MissingApi api = new MissingApi(port);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            ids.add(i % 3 == 0
                    ? api.personBorn(clock.instant().minusSeconds(12L * 365 * 86_400).toString().substring(0, 10))
                    : api.adult());
        }
        long first = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM missing_episode").query(Long.class).single();

        new MissingDemoData(people, repository, properties, records, transactions,
                new ForceCalendar(PeelProperties.DEFAULT_FORCE_ZONE, clock))
                .fill(people.findAll(ids), 40, 20);

        String ours = "id > " + first;
        assertThat(count(ours)).isEqualTo(60);
        assertThat(count(ours + " AND status = 'OPEN'")).isEqualTo(20);
        for (RiskGrade grade : RiskGrade.values()) {
            assertThat(count(ours + " AND status = 'OPEN' AND latest_grade = '" + grade + "'")).as(grade.name())
                    .isPositive();
        }
        assertThat(count(ours + " AND status = 'OPEN' AND review_due_at < CURRENT_TIMESTAMP")).isPositive();
        assertThat(count(ours + " AND status = 'OPEN' AND unconfirmed_since IS NOT NULL")).isPositive();
        assertThat(count(ours + " AND status = 'OPEN' AND child")).isPositive();
        assertThat(count(ours + " AND interview_due_at IS NOT NULL AND interview_done_at IS NULL")).isPositive();
        long repeatPeople = jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT person_id FROM missing_episode WHERE %s
                        GROUP BY person_id HAVING COUNT(*) >= 3) repeats""".formatted(ours)).query(Long.class).single();
        assertThat(repeatPeople).isPositive();
    }
}
