package org.peel.server.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordsKept;
import org.peel.server.crime.CrimeRecord;
import org.peel.server.crime.Crimes;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.ForceCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each person's retention group and next review date current: when a person is recorded or changed, or a crime
 * they are linked to is, their group and latest activity are worked out again, in the transaction that made the
 * change (just before it commits), so the review date can never lag behind the record.
 */
@Component
class RetentionKeeper {

    /** More crimes than this linked to one person changes nothing: the most serious group is long decided. */
    private static final int CRIMES_READ = 500;

    private final RetentionRepository repository;
    private final RetentionRules rules;
    private final People people;
    private final Crimes crimes;
    private final ForceCalendar calendar;

    RetentionKeeper(RetentionRepository repository, RetentionRules rules, People people, Crimes crimes,
                    ForceCalendar calendar) {
        this.repository = repository;
        this.rules = rules;
        this.people = people;
        this.crimes = crimes;
        this.calendar = calendar;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void kept(RecordsKept kept) {
        if (People.RECORD_TYPE.equals(kept.recordType())) {
            switch (kept.action()) {
                case ERASURE -> repository.delete(kept.recordIds());
                case COLLECTION -> recorded(kept.recordIds());
                default -> refresh(kept.recordIds());
            }
        } else if (Crimes.RECORD_TYPE.equals(kept.recordType()) && kept.action() != AuditAction.CONSULTATION) {
            Set<Long> linked = new LinkedHashSet<>();
            for (long crimeId : kept.recordIds()) {
                crimes.find(crimeId).ifPresent(crime -> {
                    linked.add(crime.victimId());
                    linked.addAll(crime.suspectIds());
                });
            }
            refresh(linked);
        }
    }

    /** New people (one, or an import's thousands): nothing is linked to them yet, so no crime is read. */
    private void recorded(List<Long> personIds) {
        LocalDate today = calendar.today();
        RetentionRules.Group group = rules.groupFor(List.of());
        repository.save(personIds.stream().map(id -> new RetentionSchedule(id, group.code(), today,
                RetentionRules.nextReview(group, today, null), null, null, null)).toList());
    }

    /** Works the group and review date out again from the person and the crimes linked to them. */
    void refresh(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Map<Long, RetentionSchedule> held = repository.findAll(personIds);
        List<RetentionSchedule> schedules = new ArrayList<>();
        // Peel's own work, whoever's change set it off: the whole record, restricted or not (nothing here is shown).
        for (Person person : people.findAllWhole(List.copyOf(personIds))) {
            LocalDate lastActivity = calendar.day(person.updatedAt());
            List<RetentionRules.LinkedOffence> offences = new ArrayList<>();
            for (Crimes.Involvement involvement : crimes.involving(person.id(), CRIMES_READ)) {
                CrimeRecord crime = involvement.crime();
                offences.add(new RetentionRules.LinkedOffence(crime.offence().code(),
                        crime.offence().category().name()));
                LocalDate crimeDay = calendar.day(crime.updatedAt());
                if (crimeDay.isAfter(lastActivity)) {
                    lastActivity = crimeDay;
                }
            }
            RetentionRules.Group group = rules.groupFor(offences);
            RetentionSchedule before = held.get(person.id());
            LocalDate reviewedOn = before == null ? null : before.reviewedOn();
            schedules.add(new RetentionSchedule(person.id(), group.code(), lastActivity,
                    RetentionRules.nextReview(group, lastActivity, reviewedOn), reviewedOn, null, null));
        }
        repository.save(schedules);
    }
}
