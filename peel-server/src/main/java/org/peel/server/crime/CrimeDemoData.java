package org.peel.server.crime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.peel.server.access.SystemIdentity;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.People;
import org.peel.server.platform.CurrentUser;
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
 * Demo mode: after the demo people exist (the demo module runs at order 10), fills an empty crime register with
 * sixty days of incidents and crimes: most recorded in time, some late, some recorded late, some decided not to
 * record, some finalised with outcomes, a few cancelled. Victims and suspects are demo people.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "peel.demo", havingValue = "true")
class CrimeDemoData implements ApplicationRunner {

    static final int INCIDENTS = 3_000;
    static final int DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(CrimeDemoData.class);
    private static final String[] OFFENCES = {"8N", "8N", "105A", "105A", "105A", "8L", "8Q", "8R", "8U", "46", "46",
            "46", "49", "45", "48", "28E", "28F", "30C", "58A", "58C", "58D", "34B", "92D", "92E", "9A", "10D", "39",
            "44", "20A", "19C"};
    private static final String[] OUTCOMES = {"18", "18", "18", "14", "16", "15", "1", "1", "8", "3", "21", "22"};
    private static final String[] ACCOUNTS = {
            "Caller reports being punched by a man she knows outside the pub; cut lip.",
            "Shop security detained a woman leaving without paying for cosmetics.",
            "Rear window of a parked car smashed overnight and a bag taken from the back seat.",
            "Neighbour heard shouting and a door slam; the caller says her partner threw a mug at her.",
            "Front door forced while the family was away; jewellery and a laptop missing.",
            "Bicycle taken from outside the station; the lock was cut.",
            "Abusive messages received over several weeks from an ex-partner.",
            "Youths throwing stones at passing buses; one window cracked.",
            "Man seen carrying a knife in the park; he left before officers arrived.",
            "Caller believes someone is using her bank card online."};
    private static final String[] STREETS = {"High Street", "Stratford Road", "Church Lane", "Ladypool Road",
            "Coventry Road", "Moseley Road", "Alum Rock Road", "Soho Road"};
    private static final String[] POSTCODES = {"B11 4AB", "B12 9QY", "B10 0HJ", "B8 1AA", "B21 9RY", "B13 8JP"};

    private final People people;
    private final IncidentRepository incidents;
    private final CrimeRepository crimes;
    private final ReferenceNumbers numbers;
    private final CrimeReferenceData referenceData;
    private final RecordKeeping records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CrimeDemoData(People people, IncidentRepository incidents, CrimeRepository crimes, ReferenceNumbers numbers,
                  CrimeReferenceData referenceData, RecordKeeping records, PlatformTransactionManager transactions, Clock clock) {
        this.people = people;
        this.incidents = incidents;
        this.crimes = crimes;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (incidents.count() == 0) {
            SystemIdentity.run(CurrentUser.SYSTEM, () -> fill(INCIDENTS));
        }
    }

    /** Records {@code count} incidents spread over the last {@value #DAYS} days, with their crimes and decisions. */
    void fill(int count) {
        List<Long> personIds = people.idsAfter(0, 5_000);
        if (personIds.size() < 10) {
            log.info("Demo mode: no crime demo data, because there are too few people on record to be victims");
            return;
        }
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(2019);
        Instant now = clock.instant();
        Duration step = Duration.ofDays(DAYS).dividedBy(count);
        int batch = 250;
        for (int first = 0; first < count; first += batch) {
            int from = first;
            transaction.executeWithoutResult(status -> {
                List<Long> incidentIds = new ArrayList<>();
                List<Long> crimeIds = new ArrayList<>();
                for (int n = from; n < Math.min(from + batch, count); n++) {
                    Instant reported = now.minus(Duration.ofDays(DAYS)).plus(step.multipliedBy(n))
                            .plusSeconds(random.nextInt(600));
                    fillOne(reported, now, random, personIds, incidentIds, crimeIds);
                }
                records.keptAll(Incidents.RECORD_TYPE, incidentIds, AuditAction.COLLECTION, "demo data");
                records.keptAll(Crimes.RECORD_TYPE, crimeIds, AuditAction.COLLECTION, "demo data");
            });
        }
        log.info("Demo mode: recorded {} incidents and their crimes in {} ms", count,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void fillOne(Instant reported, Instant now, SplittableRandom random, List<Long> personIds,
                         List<Long> incidentIds, List<Long> crimeIds) {
        boolean crimeRelated = random.nextInt(100) < 60;
        List<Long> victims = new ArrayList<>();
        victims.add(pick(random, personIds));
        if (random.nextInt(10) == 0) {
            victims.add(pick(random, personIds));
        }
        Location location = new Location((1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)],
                "Birmingham", POSTCODES[random.nextInt(POSTCODES.length)], null);
        IncidentContent content = new IncidentContent(reported,
                ReportChannel.values()[random.nextInt(ReportChannel.values().length)], victims.get(0),
                crimeRelated ? victims : List.of(), location, ACCOUNTS[random.nextInt(ACCOUNTS.length)], crimeRelated);
        String reference = numbers.next(ReferenceNumbers.INCIDENT, reported);
        long incidentId = incidents.insert(reference, content, "officer", reported);
        incidentIds.add(incidentId);
        if (!crimeRelated) {
            return;
        }
        int fate = random.nextInt(100);
        boolean recent = reported.isAfter(now.minus(RecordingStandard.WINDOW));
        if (fate >= 96 || (recent && fate >= 50)) {
            return;
        }
        if (fate >= 84) {
            Instant decidedAt = earlier(reported.plusSeconds(3600 + random.nextInt(30 * 3600)), now);
            CrimeReferenceData.Reason reason = referenceData.noCrimeReasons()
                    .get(random.nextInt(referenceData.noCrimeReasons().size()));
            incidents.markNotRecorded(incidentId, 0, reason.code(), "Demo: " + reason.title().toLowerCase()
                    + ", confirmed by the supervisor.", "supervisor", decidedAt);
            return;
        }
        boolean late = random.nextInt(12) == 0;
        Instant recordedAt = earlier(reported.plusSeconds(late ? 86_400 + random.nextInt(2 * 86_400)
                : 600 + random.nextInt(18 * 3600)), now);
        incidents.markCrimeRecorded(incidentId, 0, "officer", recordedAt);
        CrimeReferenceData.Offence offence = referenceData.offence(OFFENCES[random.nextInt(OFFENCES.length)])
                .orElseThrow();
        List<Long> suspects = random.nextInt(100) < 45 ? List.of(pick(random, personIds)) : List.of();
        for (long victim : victims) {
            String crimeReference = numbers.next(ReferenceNumbers.CRIME, recordedAt);
            long crimeId = crimes.insert(crimeReference, new CrimeRepository.NewCrime(incidentId, victim, offence,
                    reported.minusSeconds(3600 + random.nextInt(6 * 3600)), reported.minusSeconds(600), location,
                    suspects, "Demo: " + offence.title().toLowerCase() + ".", RecordingStandard.deadline(reported)),
                    "officer", recordedAt);
            crimeIds.add(crimeId);
            crimes.addEvent(crimeId, new CrimeEvent(recordedAt, "officer", CrimeEvent.Kind.RECORDED, null,
                    offence.code(), null, null));
            int next = random.nextInt(100);
            Instant laterOn = earlier(recordedAt.plus(Duration.ofDays(1 + random.nextInt(20))), now);
            if (next < 2) {
                crimes.cancel(crimeId, 0, "C3", "Demo: the same crime was recorded twice.", "registrar", laterOn);
                crimes.addEvent(crimeId, new CrimeEvent(laterOn, "registrar", CrimeEvent.Kind.CANCELLED, "OPEN",
                        "CANCELLED", "C3", "Demo: the same crime was recorded twice."));
            } else if (next < 40 && laterOn.isBefore(now)) {
                CrimeReferenceData.OutcomeType outcome = outcome(random, !suspects.isEmpty());
                String victimView = outcome.requiresVictimView() ? "Demo: the victim does not support a prosecution."
                        : null;
                crimes.finalise(crimeId, 0, outcome.code(), "Demo: " + outcome.title().toLowerCase() + ".",
                        victimView, suspects, "supervisor", laterOn);
                crimes.addEvent(crimeId, new CrimeEvent(laterOn, "supervisor", CrimeEvent.Kind.FINALISED, "OPEN",
                        outcome.code(), outcome.code(), "Demo outcome."));
            }
        }
    }

    private CrimeReferenceData.OutcomeType outcome(SplittableRandom random, boolean hasSuspect) {
        while (true) {
            CrimeReferenceData.OutcomeType outcome = referenceData.outcomeType(OUTCOMES[random.nextInt(OUTCOMES.length)])
                    .orElseThrow();
            if (hasSuspect || !outcome.requiresSuspect()) {
                return outcome;
            }
        }
    }

    private static long pick(SplittableRandom random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
