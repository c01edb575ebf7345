package org.peel.server.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due: an officer's work, a supervisor's team view, and the safeguarding view. Each is audited as a search
 * (it shows many records at once).
 */
@Service
public class Caseloads {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final CaseloadQueries queries;
    private final PolicyRules rules;
    private final CasesProperties properties;
    private final RecordKeeping records;
    private final Clock clock;

    Caseloads(CaseloadQueries queries, PolicyRules rules, CasesProperties properties, RecordKeeping records, Clock clock) {
        this.queries = queries;
        this.rules = rules;
        this.properties = properties;
        this.records = records;
        this.clock = clock;
    }

    /** The signed-in officer's active investigations and open tasks, overdue first. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Caseload.MyWork myWork(int limit) {
        checkLimit(limit);
        String officer = CurrentUser.username();
        Caseload.MyWork work = work(officer, limit, clock.instant());
        records.consultedAll(Investigations.RECORD_TYPE, investigationIds(work.investigations(), work.tasks()),
                "viewed my work");
        return work;
    }

    Caseload.MyWork work(String officer, int limit, Instant now) {
        List<Caseload.InvestigationItem> investigations = queries.activeInvestigationsOf(officer, limit).stream()
                .map(line -> item(line, now)).toList();
        List<Caseload.TaskItem> tasks = queries.openTasksOf(officer, limit).stream().map(line -> item(line, now))
                .toList();
        return new Caseload.MyWork(officer, now, queries.countActiveInvestigationsOf(officer),
                queries.countOpenTasksOf(officer),
                queries.countOpenTasksOf(officer, now), investigations, tasks);
    }

    /** A supervisor's team: reviews overdue, tasks overdue, investigations with no activity for the set time. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Caseload.TeamView team(String supervisor, int limit) {
        checkLimit(limit);
        String whose = supervisor == null || supervisor.isBlank() ? CurrentUser.username() : supervisor.strip();
        Caseload.TeamView view = team(whose, limit, clock.instant());
        records.consultedAll(Investigations.RECORD_TYPE, investigationIds(java.util.stream.Stream.concat(
                view.reviewsOverdue().stream(), view.inactive().stream()).toList(), view.tasksOverdue()),
                "viewed the team view of " + whose);
        return view;
    }

    Caseload.TeamView team(String supervisor, int limit, Instant now) {
        Duration inactiveAfter = properties.inactiveAfter();
        return new Caseload.TeamView(supervisor, now, inactiveAfter.toDays(),
                queries.reviewsOverdue(supervisor, now, limit).stream().map(line -> item(line, now)).toList(),
                queries.tasksOverdue(supervisor, now, limit).stream().map(line -> item(line, now)).toList(),
                queries.inactiveSince(supervisor, now.minus(inactiveAfter), limit).stream()
                        .map(line -> item(line, now)).toList());
    }

    /** Safeguarding work not done (the rules marked safeguarding in the policy rules file), oldest first. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Caseload.SafeguardingView safeguarding(int limit) {
        checkLimit(limit);
        Instant now = clock.instant();
        List<String> codes = rules.safeguardingCodes();
        Map<String, Long> counts = queries.waitingCounts(codes);
        List<Caseload.RuleCount> ruleCounts = codes.stream().map(code -> new Caseload.RuleCount(code,
                rules.rule(code).map(PolicyRule::task).orElse(code), counts.get(code))).toList();
        List<Caseload.Waiting> waiting = queries.waiting(codes, limit).stream().map(line -> {
            Duration waited = Duration.between(line.createdAt(), now);
            return new Caseload.Waiting(line.id(), line.investigationId(), line.reference(), line.ruleCode(),
                    line.title(), line.details(), line.owner(), line.createdAt(), line.dueAt(),
                    now.isAfter(line.dueAt()) ? "OVERDUE" : "OPEN", waited.toHours(), waited.toDays());
        }).toList();
        records.consultedAll(Investigations.RECORD_TYPE, waiting.stream().map(Caseload.Waiting::investigationId)
                .distinct().toList(), "viewed the safeguarding view");
        return new Caseload.SafeguardingView(now, ruleCounts, waiting);
    }

    private static Caseload.InvestigationItem item(CaseloadQueries.InvestigationLine line, Instant now) {
        return new Caseload.InvestigationItem(line.id(), line.reference(), line.title(), line.status(),
                line.priority(), line.officerInCharge(), line.supervisor(), line.reviewDueAt(),
                Investigations.reviewState(line.reviewDueAt(), now), line.lastActivityAt(),
                Duration.between(line.lastActivityAt(), now).toDays());
    }

    private static Caseload.TaskItem item(CaseloadQueries.TaskLine line, Instant now) {
        return new Caseload.TaskItem(line.id(), line.investigationId(), line.reference(), line.title(),
                line.details(), line.owner(), line.priority(), line.dueAt(),
                Investigations.taskState(null, line.dueAt(), now), line.ruleCode());
    }

    /** The investigations a view shows, itself or through its tasks, once each. */
    private static List<Long> investigationIds(List<Caseload.InvestigationItem> investigations,
                                               List<Caseload.TaskItem> tasks) {
        return java.util.stream.Stream.concat(investigations.stream().map(Caseload.InvestigationItem::id),
                tasks.stream().map(Caseload.TaskItem::investigationId)).distinct().toList();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
