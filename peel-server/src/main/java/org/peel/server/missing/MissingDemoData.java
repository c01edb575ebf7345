package org.peel.server.missing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.peel.server.access.SystemIdentity;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.ForceCalendar;
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
 * Demo mode: after the demo people exist (order 10), fills an empty missing-persons register with a year of closed
 * episodes (some people missing three or more times: repeat missing persons; some return interviews overdue) and open
 * episodes at every grade: some confirmed, some awaiting a supervisor, some with reviews overdue, some children.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "peel.demo", havingValue = "true")
class MissingDemoData implements ApplicationRunner {

    static final int CLOSED = 240;
    static final int OPEN = 40;
    static final int REPEAT_PEOPLE = 8;
    private static final Logger log = LoggerFactory.getLogger(MissingDemoData.class);
    private static final String[] PLACES = {"Outside the library, Stratford Road", "Home address, Church Lane",
            "Bus station, Digbeth", "Ladypool Road shops", "Children's home, Moseley Road", "Sparkhill Park",
            "New Street station", "School gates, Alum Rock Road"};
    private static final String[] POSTCODES = {"B11 4AB", "B12 9QY", "B10 0HJ", "B8 1AA", "B21 9RY", "B13 8JP"};
    private static final String[] CIRCUMSTANCES = {
            "Left home after an argument and did not come back; phone switched off.",
            "Did not return to the care home by the agreed time; has gone missing before.",
            "Walked out of the ward while waiting for a mental health assessment.",
            "Failed to collect the children from school, which is out of character.",
            "Left a note saying sorry to the family; has been low since losing his job.",
            "Went to a party and has not been heard from since; friends are worried about older men she met."};
    private static final String[][] FACTORS = {{"OUT_OF_CHARACTER"}, {"PREVIOUS_EPISODES", "IN_CARE", "EXPLOITATION"},
            {"MENTAL_HEALTH", "MEDICATION_NEEDED"}, {"OUT_OF_CHARACTER", "VULNERABLE_AGE"},
            {"SUICIDAL", "RECENT_LIFE_EVENT", "ALCOHOL_DRUGS"}, {"EXPLOITATION", "VULNERABLE_AGE", "NO_MONEY_OR_PHONE"}};

    private final People people;
    private final EpisodeRepository repository;
    private final ReviewSchedule schedule;
    private final RecordKeeping records;
    private final TransactionTemplate transaction;
    private final ForceCalendar calendar;

    MissingDemoData(People people, EpisodeRepository repository, MissingProperties properties, RecordKeeping records,
                    PlatformTransactionManager transactions, ForceCalendar calendar) {
        this.people = people;
        this.repository = repository;
        this.schedule = new ReviewSchedule(properties);
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        List<Person> persons = people.findAll(people.idsAfter(0, 600));
        if (persons.size() < 50) {
            log.info("Demo mode: no missing-persons demo data, because there are too few people on record");
            return;
        }
        SystemIdentity.run(CurrentUser.SYSTEM, () -> fill(persons, CLOSED, OPEN));
        log.info("Demo mode: recorded {} closed and {} open missing-person episodes", CLOSED, OPEN);
    }

    /**
     * Records {@code closed} closed and {@code open} open episodes over these people (at least {@value #REPEAT_PEOPLE}
     * + 1), in one transaction with their audit and change-log entries.
     */
    void fill(List<Person> persons, int closed, int open) {
        Instant now = calendar.now();
        List<Person> children = persons.stream().filter(person -> isChild(person, now)).toList();
        SplittableRandom random = new SplittableRandom(2019);
        transaction.executeWithoutResult(status -> {
            List<Long> ids = new ArrayList<>();
            for (int n = 0; n < closed; n++) {
                // The first few people go missing again and again: repeat missing persons.
                Person person = n < REPEAT_PEOPLE * 4 ? persons.get(n % REPEAT_PEOPLE)
                        : persons.get(REPEAT_PEOPLE + random.nextInt(persons.size() - REPEAT_PEOPLE));
                Instant reported = now.minus(Duration.ofMinutes(4 * 24 * 60 + random.nextInt(360 * 24 * 60)));
                ids.add(closedEpisode(person, reported, now, random));
            }
            for (int n = 0; n < open; n++) {
                boolean child = n % 4 == 0 && !children.isEmpty();
                Person person = child ? children.get(random.nextInt(children.size()))
                        : n % 5 == 1 ? persons.get(n % REPEAT_PEOPLE)
                        : persons.get(REPEAT_PEOPLE + random.nextInt(persons.size() - REPEAT_PEOPLE));
                ids.add(openEpisode(person, RiskGrade.values()[n % RiskGrade.values().length], n, now, random));
            }
            records.keptAll(MissingEpisodes.RECORD_TYPE, ids, AuditAction.COLLECTION, "demo data");
        });
    }

    private long closedEpisode(Person person, Instant reported, Instant now, SplittableRandom random) {
        RiskGrade grade = RiskGrade.values()[random.nextInt(RiskGrade.values().length)];
        long id = insert(person, grade, reported, now, random);
        Instant assessed = reported;
        repository.updateRisk(id, 0, grade, grade, assessed, null, schedule.nextReviewDue(assessed, grade, grade),
                "supervisor", reported.plusSeconds(900));
        repository.confirmAssessment(repository.assessments(id).get(0).id(), "Agreed.", "supervisor",
                reported.plusSeconds(900));
        Instant foundAt = reported.plus(Duration.ofMinutes(60 + random.nextInt(60 * 60)));
        int fate = random.nextInt(100);
        EpisodeStatus outcome = fate < 55 ? EpisodeStatus.RETURNED : fate < 95 ? EpisodeStatus.FOUND
                : fate < 99 ? EpisodeStatus.NOT_MISSING : EpisodeStatus.FOUND_DECEASED;
        String place = PLACES[random.nextInt(PLACES.length)];
        ClosureContent closure = switch (outcome) {
            case FOUND, RETURNED -> new ClosureContent(outcome, foundAt, place, POSTCODES[random.nextInt(POSTCODES.length)],
                    outcome == EpisodeStatus.FOUND ? "PC 2211 Khan" : "Returned home by themselves",
                    "Safe and well", null);
            case NOT_MISSING -> new ClosureContent(outcome, null, null, null, null, null,
                    "Was staying with a relative with the family's knowledge; the report was a misunderstanding.");
            default -> new ClosureContent(outcome, foundAt, place, null, "PC 2211 Khan", null,
                    "Found deceased; the coroner has been informed and the death is not thought suspicious.");
        };
        Instant interviewDue = outcome.needsReturnInterview() ? schedule.interviewDue(foundAt) : null;
        repository.close(id, 1, closure, interviewDue, "officer", foundAt);
        if (interviewDue != null && (random.nextInt(10) > 0 || foundAt.isAfter(now.minus(Duration.ofDays(3))))) {
            Instant held = foundAt.plus(Duration.ofHours(2 + random.nextInt(70)));
            if (held.isBefore(now)) {
                repository.recordInterview(id, 2, new InterviewContent(held, "Return-home interview worker",
                        "Talked about why they left; no harm while away; referred for support."), "officer", held);
            }
        }
        return id;
    }

    private long openEpisode(Person person, RiskGrade grade, int n, Instant now, SplittableRandom random) {
        // Some were assessed long enough ago for their review to be overdue; some await a supervisor.
        boolean overdue = n % 3 == 0;
        Duration interval = schedule.interval(grade);
        Instant reported = now.minus(overdue ? interval.plusMinutes(20 + random.nextInt(120))
                : interval.dividedBy(2 + random.nextInt(3)));
        long id = insert(person, grade, reported, now, random);
        boolean confirmed = n % 5 != 2;
        if (confirmed) {
            repository.updateRisk(id, 0, grade, grade, reported, null, schedule.nextReviewDue(reported, grade, grade),
                    "supervisor", reported.plusSeconds(600));
            repository.confirmAssessment(repository.assessments(id).get(0).id(), "Agreed; plan in place.",
                    "supervisor", reported.plusSeconds(600));
        } else {
            repository.initialiseRisk(id, reported, schedule.nextReviewDue(reported, grade, null));
        }
        return id;
    }

    private long insert(Person person, RiskGrade grade, Instant reported, Instant now, SplittableRandom random) {
        int kind = random.nextInt(CIRCUMSTANCES.length);
        boolean child = isChild(person, reported);
        ReportContent report = new ReportContent(person.id(), reported.minus(Duration.ofHours(1 + random.nextInt(6))),
                PLACES[random.nextInt(PLACES.length)], POSTCODES[random.nextInt(POSTCODES.length)], "A family member",
                CIRCUMSTANCES[kind], "Dark coat, jeans, trainers", null, "Friends' addresses in the area", null, child,
                person.datesOfBirth().isEmpty() ? "STATED" : "DATE_OF_BIRTH", kind == 1, "Family member", "07700 900" + (100 + random.nextInt(800)),
                new AssessmentContent(grade, List.of(FACTORS[kind]), "Graded on the circumstances as reported: "
                        + CIRCUMSTANCES[kind]));
        long id = repository.insert(report, "officer", reported);
        repository.insertAssessment(id, report.risk(), "officer", reported);
        repository.initialiseRisk(id, reported, schedule.nextReviewDue(reported, grade, null));
        return id;
    }

    private boolean isChild(Person person, Instant at) {
        LocalDate day = calendar.day(at);
        return !person.datesOfBirth().isEmpty()
                && Period.between(person.datesOfBirth().get(0).earliest(), day).getYears() < EpisodeValidator.ADULT_AGE;
    }
}
