package org.peel.server.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.Erasure;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.PersonErasedException;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews under MoPI, the retention module's API: the queue of people due for review, oldest due first, and a
 * supervisor's decision on each: retain (with a reason; the next review is a group's period from today) or erase
 * (with a reason; see {@link People#erase}). Both are refused, changing nothing, for a record not yet due.
 */
@Service
public class RetentionReviews {

    public static final int MAX_PAGE_SIZE = 200;

    /** One person's review: who, their group, and where the review stands. */
    public record Review(long personId, String name, String group, String groupTitle, int reviewEveryYears,
                         LocalDate lastActivityOn, LocalDate nextReviewOn, boolean due, LocalDate reviewedOn,
                         String reviewedBy, String reviewReason) {
    }

    /** A page of the review queue. */
    public record Queue(List<Review> items, int page, int size, long total) {
    }

    private final RetentionRepository repository;
    private final RetentionRules rules;
    private final RetentionKeeper keeper;
    private final People people;
    private final RecordKeeping records;
    private final ForceCalendar calendar;

    RetentionReviews(RetentionRepository repository, RetentionRules rules, RetentionKeeper keeper, People people,
                     RecordKeeping records, ForceCalendar calendar) {
        this.repository = repository;
        this.rules = rules;
        this.keeper = keeper;
        this.people = people;
        this.records = records;
        this.calendar = calendar;
    }

    /** The people due for review today, oldest due first: audited as a consultation of each. */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Queue due(int page, int size) {
        FieldErrors errors = new FieldErrors();
        errors.paging(page, size, MAX_PAGE_SIZE);
        errors.throwIfAny();
        LocalDate today = calendar.today();
        List<RetentionSchedule> schedules = repository.due(today, page * size, size);
        Map<Long, Person> found = people.findAll(schedules.stream().map(RetentionSchedule::personId).toList())
                .stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<Review> items = schedules.stream().filter(schedule -> found.containsKey(schedule.personId()))
                .map(schedule -> review(schedule, found.get(schedule.personId()), today)).toList();
        records.consultedAll(People.RECORD_TYPE, items.stream().map(Review::personId).toList(),
                "listed people due for review under MoPI, page " + page + " of size " + size);
        return new Queue(items, page, size, repository.countDue(today));
    }

    /** One person's review, due or not: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Review review(long personId) {
        Person person = person(personId);
        Review review = review(schedule(personId), person, calendar.today());
        records.consulted(People.RECORD_TYPE, personId, "opened the review of person under MoPI");
        return review;
    }

    /**
     * Keeps a record at its review: the review (by whom, why) is stored and audited, and the next review is the
     * group's period from today.
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Review retain(long personId, String reason) {
        String why = reason(reason);
        Person person = person(personId);
        RetentionSchedule schedule = dueSchedule(personId);
        LocalDate today = calendar.today();
        RetentionRules.Group group = group(schedule);
        LocalDate next = RetentionRules.nextReview(group, schedule.lastActivityOn(), today);
        repository.retained(personId, today, CurrentUser.username(), why, next);
        records.kept(People.RECORD_TYPE, personId, AuditAction.ALTERATION, "retained after review under MoPI (group "
                + group.code() + ", due " + schedule.nextReviewOn() + "): " + why + "; next review on " + next);
        return review(repository.find(personId).orElseThrow(), person, today);
    }

    /** Erases a record at its review ({@link People#erase}): only the tombstone and the audit trail are left. */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Erasure erase(long personId, String reason) {
        String why = reason(reason);
        person(personId);
        dueSchedule(personId);
        Erasure erasure = people.erase(personId, why);
        repository.delete(List.of(personId));
        return erasure;
    }

    private static String reason(String reason) {
        FieldErrors errors = new FieldErrors();
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "is needed: say why the record is kept or no longer necessary");
        } else if (reason.strip().length() > People.MAX_REASON) {
            errors.add("reason", "is longer than " + People.MAX_REASON + " characters");
        }
        errors.throwIfAny();
        return reason.strip();
    }

    private Person person(long personId) {
        return people.find(personId).orElseThrow(() -> people.erasure(personId)
                .<RuntimeException>map(PersonErasedException::new)
                .orElseGet(() -> new RecordNotFoundException(People.RECORD_TYPE, personId)));
    }

    private RetentionSchedule schedule(long personId) {
        return repository.find(personId).orElseGet(() -> {
            // Not worked out yet (a person recorded before retention, missed by the migration): work it out now.
            keeper.refresh(List.of(personId));
            return repository.find(personId).orElseThrow(() -> new RecordNotFoundException(People.RECORD_TYPE,
                    personId));
        });
    }

    private RetentionSchedule dueSchedule(long personId) {
        RetentionSchedule schedule = schedule(personId);
        if (!schedule.dueBy(calendar.today())) {
            throw new ReviewNotDueException(personId, schedule.nextReviewOn());
        }
        return schedule;
    }

    private RetentionRules.Group group(RetentionSchedule schedule) {
        // A group removed from the file since: review on the group a person with no crime would have.
        return rules.group(schedule.group()).orElseGet(() -> rules.groupFor(List.of()));
    }

    private Review review(RetentionSchedule schedule, Person person, LocalDate today) {
        RetentionRules.Group group = group(schedule);
        return new Review(schedule.personId(), person.primaryName().displayName(), schedule.group(), group.title(),
                group.reviewEveryYears(), schedule.lastActivityOn(), schedule.nextReviewOn(), schedule.dueBy(today),
                schedule.reviewedOn(), schedule.reviewedBy(), schedule.reviewReason());
    }
}
