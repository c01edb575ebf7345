package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.People;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@PeelIntegrationTest
class CrimeDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    People people;
    @Autowired
    IncidentRepository incidents;
    @Autowired
    CrimeRepository crimes;
    @Autowired
    ReferenceNumbers numbers;
    @Autowired
    CrimeReferenceData referenceData;
    @Autowired
    RecordKeeping records;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void demoDataMixesCrimesInTimeLateDecisionsNotToRecordAndOutcomes() {
        CrimeApi api = new CrimeApi(port);
        for (int i = 0; i < 12; i++) {
            api.person("Demo" + (char) ('a' + i));
        }
        long firstIncident = count("SELECT COALESCE(MAX(id), 0) FROM incident");
        long firstCrime = count("SELECT COALESCE(MAX(id), 0) FROM crime");

        new CrimeDemoData(people, incidents, crimes, numbers, referenceData, records, transactions, clock)
                .fill(600);

        assertThat(count("SELECT COUNT(*) FROM incident WHERE id > " + firstIncident)).isEqualTo(600);
        String newCrimes = " FROM crime WHERE id > " + firstCrime;
        assertThat(count("SELECT COUNT(*)" + newCrimes)).isGreaterThan(200);
        assertThat(count("SELECT COUNT(*)" + newCrimes + " AND recorded_at > recording_deadline")).isPositive();
        assertThat(count("SELECT COUNT(*)" + newCrimes + " AND status = 'FINALISED' AND outcome_code IS NOT NULL"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM incident WHERE id > " + firstIncident
                + " AND decision = 'NOT_RECORDED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM incident WHERE id > " + firstIncident
                + " AND awaiting_since IS NOT NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'crime' AND detail = 'demo data'"
                + " AND CAST(record_id AS BIGINT) > " + firstCrime)).isEqualTo(count("SELECT COUNT(*)" + newCrimes));
    }
}
