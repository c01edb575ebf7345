package org.peel.server.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.crime.CrimeRecord;
import org.peel.server.crime.Crimes;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: after the demo people, crimes and missing episodes exist (orders 10 to 30), gives the demo {@code officer}
 * a living caseload supervised by the demo {@code supervisor}: investigations at every status, opened over the last
 * two months, grouping demo crimes and occurrences of every type, with policy-rule tasks and the officer's own tasks
 * due, overdue and done, log entries, and supervisor reviews some of which are overdue.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "peel.demo", havingValue = "true")
class CasesDemoData implements ApplicationRunner {

    static final int INVESTIGATIONS = 36;
    static final String OFFICER = "officer";
    static final String SUPERVISOR = "supervisor";
    private static final Logger log = LoggerFactory.getLogger(CasesDemoData.class);
    private static final String[] OCCURRENCES = {"CONCERN_FOR_CHILD", "DOMESTIC_INCIDENT", "CONCERN_FOR_ADULT_AT_RISK",
            "ANTI_SOCIAL_BEHAVIOUR", "SUDDEN_DEATH", "MISSING_PERSON_EPISODE"};
    private static final String[] SUMMARIES = {
            "School reports the child arrived hungry with bruising to the arm; the child says he fell.",
            "Neighbours heard shouting and a door slam; both parties deny any violence.",
            "Carers worried that an older man is being pressed for money by a new lodger.",
            "Repeated late-night gatherings and noise on the stairwell of the flats.",
            "Man found deceased at home by his daughter; no suspicious circumstances apparent.",
            "Missing from home; the episode needs investigating as she may be exploited."};
    private static final String[] PLANS = {
            "Victim statement; house-to-house; seek CCTV from the shops opposite; identify and arrest the suspect.",
            "Secure the safeguarding first: risk assessment, referral, then evidence-led enquiries.",
            "Gather the partner agencies' information, then decide on a multi-agency plan."};

    private final InvestigationRepository repository;
    private final TaskRepository tasks;
    private final CaseReferences references;
    private final TaskRules taskRules;
    private final Investigations investigations;
    private final CasesProperties properties;
    private final CaseReferenceData referenceData;
    private final Crimes crimes;
    private final MissingEpisodes missing;
    private final People people;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CasesDemoData(InvestigationRepository repository, TaskRepository tasks, CaseReferences references,
                  TaskRules taskRules, Investigations investigations, CasesProperties properties,
                  CaseReferenceData referenceData, Crimes crimes,
                  MissingEpisodes missing, People people, AuditLog auditLog, ChangeLog changeLog,
                  PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.references = references;
        this.taskRules = taskRules;
        this.investigations = investigations;
        this.properties = properties;
        this.referenceData = referenceData;
        this.crimes = crimes;
        this.missing = missing;
        this.people = people;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Long> crimeIds = new ArrayList<>();
        for (long personId : people.idsAfter(0, 600)) {
            crimes.involving(personId, 3).stream().filter(involvement -> involvement.role().equals("VICTIM"))
                    .map(involvement -> involvement.crime().id()).forEach(crimeIds::add);
            if (crimeIds.size() >= INVESTIGATIONS) {
                break;
            }
        }
        List<Long> episodeIds = new ArrayList<>();
        for (long id = missing.count(); id > 0 && episodeIds.size() < 6; id--) {
            if (missing.find(id).isPresent()) {
                episodeIds.add(id);
            }
        }
        if (crimeIds.size() < 10 || episodeIds.isEmpty()) {
            log.info("Demo mode: no investigations demo data, because there are too few crimes or missing episodes");
            return;
        }
        List<Long> ids = fill(OFFICER, SUPERVISOR, crimeIds, episodeIds, INVESTIGATIONS);
        log.info("Demo mode: recorded {} investigations for '{}', supervised by '{}'", ids.size(), OFFICER, SUPERVISOR);
    }

    /**
     * Records {@code count} investigations in charge of {@code officer}, supervised by {@code supervisor}, over these
     * crimes and missing episodes, in one transaction with their audit and change-log entries. Answers their ids.
     */
    List<Long> fill(String officer, String supervisor, List<Long> crimeIds, List<Long> episodeIds, int count) {
        Instant now = clock.instant();
        SplittableRandom random = new SplittableRandom(2019);
        return transaction.execute(status -> {
            List<Long> ids = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                ids.add(investigation(n, officer, supervisor, crimeIds, episodeIds, now, random));
            }
            auditLog.recordAll(AuditAction.COLLECTION, Investigations.RECORD_TYPE, ids, "demo data");
            changeLog.appendAll(Investigations.RECORD_TYPE, ids);
            return ids;
        });
    }

    private long investigation(int n, String officer, String supervisor, List<Long> crimeIds, List<Long> episodeIds,
                               Instant now, SplittableRandom random) {
        // Opened between two hours and sixty days ago: the older ones have overdue reviews and rule tasks.
        Instant opened = now.minus(Duration.ofMinutes(120 + random.nextInt(60 * 24 * 60)));
        Priority priority = n % 5 == 0 ? Priority.HIGH : n % 7 == 3 ? Priority.LOW : Priority.STANDARD;
        boolean withCrime = n % 2 == 0;
        Optional<CrimeRecord> crime = withCrime ? crimes.find(crimeIds.get((n / 2) % crimeIds.size())) : Optional.empty();
        String occurrenceType = OCCURRENCES[(n / 2) % OCCURRENCES.length];
        String title = crime.map(record -> record.offence().title() + " (" + record.reference() + ")")
                .orElse(occurrenceTitle(occurrenceType));
        String reference = references.next(opened.atZone(Investigations.FORCE_ZONE).getYear());
        long id = repository.insert(reference, title, null, priority, officer, supervisor,
                opened.plus(properties.reviewInterval(priority)), officer, opened);
        if (crime.isPresent()) {
            Set<String> flags = n % 4 == 0 ? Set.of("DOMESTIC_ABUSE") : Set.of();
            RiskLevel risk = n % 8 == 0 ? RiskLevel.HIGH : null;
            repository.linkCrime(id, crime.get().id(), flags, risk, officer, opened);
            repository.linkPerson(id, crime.get().victimId(), PersonRole.VICTIM, officer, opened);
            crime.get().suspectIds().stream().findFirst()
                    .ifPresent(suspect -> repository.linkPerson(id, suspect, PersonRole.SUSPECT, officer, opened));
        } else {
            int kind = (n / 2) % OCCURRENCES.length;
            Long episode = occurrenceType.equals("MISSING_PERSON_EPISODE")
                    ? episodeIds.get(random.nextInt(episodeIds.size())) : null;
            Set<String> implied = referenceData.occurrenceType(occurrenceType)
                    .map(CaseReferenceData.OccurrenceType::impliedFlags).orElse(Set.of());
            repository.insertOccurrence(id, occurrenceType, opened.minus(Duration.ofHours(2)), SUMMARIES[kind], implied,
                    null, episode, officer, opened);
        }
        repository.insertPlan(id, 1, PLANS[n % PLANS.length], officer, opened);
        InvestigationRepository.InvestigationRow row = repository.find(id).orElseThrow();
        List<Long> ruleTasks = taskRules.apply(row, investigations.subjects(row), officer, opened);
        // About half of the policy-rule tasks were done in time; the rest wait (and may show as overdue).
        for (long taskId : ruleTasks) {
            TaskRepository.TaskRow task = tasks.find(taskId).orElseThrow();
            Instant doneAt = opened.plus(Duration.ofHours(2 + random.nextInt(20)));
            if (random.nextBoolean() && doneAt.isBefore(now)) {
                tasks.complete(taskId, 0, "Done: " + task.title().toLowerCase() + ".", task.owner(), doneAt);
            }
        }
        Instant lastWrite = opened;
        long overdue = tasks.insert(new TaskRepository.NewTask(id, "Obtain CCTV from the shops opposite", null,
                officer, priority, opened.plus(Duration.ofDays(3)), null, null), officer, opened);
        tasks.insert(new TaskRepository.NewTask(id, "Take a further statement from the witness", null,
                officer, priority, now.plus(Duration.ofDays(1 + random.nextInt(10))), null, null), officer, opened);
        long done = tasks.insert(new TaskRepository.NewTask(id, "Check for previous reports at the address", null,
                officer, priority, opened.plus(Duration.ofDays(1)), null, null), officer, opened);
        Instant checked = opened.plus(Duration.ofHours(6));
        if (checked.isBefore(now)) {
            tasks.complete(done, 0, "Two earlier reports found; both linked to this investigation.", officer, checked);
            repository.insertLog(id, LogEntryKind.NOTE, "Checked the address history: two earlier reports.", null, null,
                    officer, checked);
            lastWrite = checked;
        }
        if (n % 3 == 1 && opened.plus(Duration.ofDays(3)).isAfter(now)) {
            tasks.complete(overdue, 0, "Footage seized, exhibit CC/1.", officer, now.minus(Duration.ofMinutes(30)));
        }
        // Most crimes need contact with the victim logged.
        Instant contacted = opened.plus(Duration.ofHours(20));
        if (crime.isPresent() && n % 6 != 0 && contacted.isBefore(now)) {
            repository.insertLog(id, LogEntryKind.VICTIM_CONTACT, "Phoned the victim; explained next steps and agreed"
                    + " weekly updates.", null, null, officer, contacted);
            lastWrite = contacted.isAfter(lastWrite) ? contacted : lastWrite;
        }
        long version = 0;
        // Some were reviewed on time; those opened longer ago than the interval and never reviewed are overdue.
        Instant reviewedAt = opened.plus(properties.reviewInterval(priority)).minus(Duration.ofDays(1));
        if (n % 4 == 1 && reviewedAt.isBefore(now)) {
            repository.recordReview(id, version++, reviewedAt.plus(properties.reviewInterval(priority)), supervisor,
                    reviewedAt);
            repository.insertLog(id, LogEntryKind.SUPERVISOR_REVIEW, "Supervisor review", "Plan is proportionate;"
                    + " chase the CCTV and update the victim.", null, supervisor, reviewedAt);
            lastWrite = reviewedAt.isAfter(lastWrite) ? reviewedAt : lastWrite;
        }
        InvestigationStatus status = statusFor(n, crime);
        if (status != InvestigationStatus.OPEN) {
            Instant decided = lastWrite.plus(Duration.ofMinutes(30)).isBefore(now) ? lastWrite.plus(Duration.ofMinutes(30))
                    : now;
            String rationale = switch (status) {
                case PENDING_FURTHER_INFORMATION -> "Waiting for the phone download from the digital forensics unit.";
                case FILED -> "All proportionate enquiries done and no suspect identified; filed pending new evidence.";
                default -> "Safeguarding in place and every crime finalised; nothing further to do.";
            };
            repository.changeStatus(id, version, status, officer, supervisor,
                    status.active() ? row.reviewDueAt() : null, rationale,
                    status == InvestigationStatus.PENDING_FURTHER_INFORMATION ? officer : supervisor, decided);
            tasks.followInvestigation(id);
            repository.insertLog(id, LogEntryKind.STATUS_CHANGE, "OPEN -> " + status, rationale, null,
                    status == InvestigationStatus.PENDING_FURTHER_INFORMATION ? officer : supervisor, decided);
        } else {
            repository.noteActivity(id, lastWrite);
        }
        return id;
    }

    /** Mostly open; a few pending, filed, and closed (closed only where every crime has an outcome). */
    private static InvestigationStatus statusFor(int n, Optional<CrimeRecord> crime) {
        return switch (n % 9) {
            case 4 -> InvestigationStatus.PENDING_FURTHER_INFORMATION;
            case 6 -> InvestigationStatus.FILED;
            case 7, 8 -> crime.isEmpty() || crime.get().outcome() != null ? InvestigationStatus.CLOSED
                    : InvestigationStatus.FILED;
            default -> InvestigationStatus.OPEN;
        };
    }

    private static String occurrenceTitle(String type) {
        return switch (type) {
            case "CONCERN_FOR_CHILD" -> "Concern for a child at Ladypool Primary";
            case "DOMESTIC_INCIDENT" -> "Domestic incident at Church Lane";
            case "CONCERN_FOR_ADULT_AT_RISK" -> "Concern for an older man at Coventry Road";
            case "ANTI_SOCIAL_BEHAVIOUR" -> "Anti-social behaviour at Alum Rock flats";
            case "SUDDEN_DEATH" -> "Sudden death at Moseley Road";
            default -> "Missing from home: possible exploitation";
        };
    }
}
