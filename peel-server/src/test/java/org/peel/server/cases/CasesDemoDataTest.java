package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo caseload: investigations at every status, tasks due, overdue and done, and reviews overdue. */
@PeelIntegrationTest
class CasesDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    Caseloads caseloads;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoOfficerHasALivingCaseloadAndTheDemoSupervisorSeesOverdueReviews() {
        clock.reset();
        CasesApi api = new CasesApi(port, accounts);
        String officer = api.newUser("demoofficer", Role.OFFICER);
        String supervisor = api.newUser("demosergeant", Role.SUPERVISOR);
        List<Long> crimeIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            crimeIds.add(api.crime().path("id").asLong());
        }
        api.finalise(crimeIds.get(3));
        List<Long> episodes = List.of(api.missingEpisode("HIGH"), api.missingEpisode("LOW"));
        CasesDemoData demo = new CasesDemoData(context.getBean(InvestigationRepository.class),
                context.getBean(TaskRepository.class), context.getBean(CaseReferences.class),
                context.getBean(TaskRules.class), context.getBean(Investigations.class),
                context.getBean(CasesProperties.class), context.getBean(CaseReferenceData.class),
                context.getBean(org.peel.server.crime.Crimes.class),
                context.getBean(org.peel.server.missing.MissingEpisodes.class),
                context.getBean(org.peel.server.people.People.class), context.getBean(org.peel.server.audit.AuditLog.class),
                context.getBean(org.peel.server.changelog.ChangeLog.class),
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class),
                context.getBean(Clock.class));

        List<Long> ids = demo.fill(officer, supervisor, crimeIds, episodes, 36);

        assertThat(ids).hasSize(36);
        String ours = " FROM investigation WHERE officer_in_charge = '" + officer + "'";
        for (InvestigationStatus status : InvestigationStatus.values()) {
            assertThat(count("SELECT COUNT(*)" + ours + " AND status = '" + status + "'")).as(status.name())
                    .isPositive();
        }
        String tasks = "SELECT COUNT(*) FROM investigation_task t JOIN investigation i ON i.id = t.investigation_id"
                + " WHERE i.officer_in_charge = '" + officer + "'";
        assertThat(count(tasks + " AND t.done_at IS NOT NULL")).as("done").isPositive();
        assertThat(count(tasks + " AND t.done_at IS NULL AND t.due_at < CURRENT_TIMESTAMP")).as("overdue").isPositive();
        assertThat(count(tasks + " AND t.done_at IS NULL AND t.due_at > CURRENT_TIMESTAMP")).as("due").isPositive();
        assertThat(count(tasks + " AND t.rule_code IS NOT NULL")).as("from rules").isPositive();
        Caseload.MyWork work = caseloads.work(officer, 100, clock.instant());
        assertThat(work.tasks().get(0).state()).isEqualTo("OVERDUE");
        assertThat(work.investigations()).isNotEmpty();
        Caseload.TeamView team = caseloads.team(supervisor, 100, clock.instant());
        assertThat(team.reviewsOverdue()).isNotEmpty();
        assertThat(team.tasksOverdue()).isNotEmpty();
    }
}
