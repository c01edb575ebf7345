package org.peel.server.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.peel.server.people.PersonDetails;
import org.peel.synthetic.SyntheticName;
import org.peel.synthetic.SyntheticPerson;

/**
 * Turns a synthetic person into what an officer would have recorded: names and aliases, dates of birth, an address,
 * sometimes a PNC id, and warning and vulnerability markers on a realistic minority.
 */
final class DemoPeople {

    private static final List<String> WARNINGS = List.of("VIOLENT", "WEAPONS", "DRUGS", "SELF_HARM", "MENTAL_HEALTH",
            "ESCAPER", "FIREARMS", "SUICIDAL", "DOMESTIC_ABUSE_PERPETRATOR", "ALLEGES");
    private static final List<String> VULNERABILITIES = List.of("DOMESTIC_ABUSE_VICTIM", "CHILD_AT_RISK",
            "MENTAL_HEALTH_VULNERABLE", "CRIMINAL_EXPLOITATION", "MISSING_REPEAT", "SUBSTANCE_MISUSE",
            "LEARNING_DISABILITY", "DEMENTIA", "HOMELESS", "MODERN_SLAVERY");
    private static final List<String> NOTES = List.of("Reported by partner agency", "From custody record",
            "Confirmed by supervisor", "See intelligence report", "Disclosed during interview");

    private DemoPeople() {
    }

    static PersonDetails details(SyntheticPerson person, LocalDate today) {
        SplittableRandom random = new SplittableRandom(person.number() * 31 + 7);
        List<PersonDetails.Name> names = new ArrayList<>();
        names.add(name("PRIMARY", person.name()));
        for (SyntheticName alias : person.aliases()) {
            boolean maiden = person.sex().equals("F") && alias.forenames().equals(person.name().forenames())
                    && !alias.surname().equals(person.name().surname());
            names.add(name(maiden ? "MAIDEN" : "ALIAS", alias));
        }
        List<PersonDetails.IdentifierDetails> identifiers = new ArrayList<>();
        if (random.nextInt(100) < 20) {
            int year = 80 + random.nextInt(45);
            identifiers.add(new PersonDetails.IdentifierDetails("PNC_ID",
                    String.format("%02d/%06d%c", year % 100, random.nextInt(1_000_000), (char) ('A' + random.nextInt(26)))));
        }
        List<PersonDetails.MarkerDetails> warnings = new ArrayList<>();
        if (random.nextInt(100) < 9) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                warnings.add(marker(WARNINGS.get(random.nextInt(WARNINGS.size())), random, today));
            }
        }
        List<PersonDetails.MarkerDetails> vulnerabilities = new ArrayList<>();
        if (random.nextInt(100) < 7) {
            vulnerabilities.add(marker(VULNERABILITIES.get(random.nextInt(VULNERABILITIES.size())), random, today));
        }
        return new PersonDetails(null, person.sex(), names,
                person.datesOfBirth().stream().map(Object::toString).toList(), identifiers,
                List.of(new PersonDetails.AddressDetails(person.address().street(), person.address().town(),
                        person.address().postcode())),
                distinct(warnings), distinct(vulnerabilities));
    }

    private static PersonDetails.Name name(String type, SyntheticName name) {
        return new PersonDetails.Name(type, name.forenames(), name.surname(),
                (name.forenames() + " " + name.surname()).strip());
    }

    private static PersonDetails.MarkerDetails marker(String type, SplittableRandom random, LocalDate today) {
        LocalDate start = today.minusDays(30 + random.nextInt(3_000));
        LocalDate end = random.nextInt(100) < 25 ? start.plusDays(90 + random.nextInt(700)) : null;
        if (end != null && end.isAfter(today)) {
            end = null;
        }
        return new PersonDetails.MarkerDetails(type, start.toString(), end == null ? null : end.toString(),
                NOTES.get(random.nextInt(NOTES.size())));
    }

    private static List<PersonDetails.MarkerDetails> distinct(List<PersonDetails.MarkerDetails> markers) {
        List<PersonDetails.MarkerDetails> kept = new ArrayList<>();
        for (PersonDetails.MarkerDetails marker : markers) {
            if (kept.stream().noneMatch(existing -> existing.type().equals(marker.type()))) {
                kept.add(marker);
            }
        }
        return kept;
    }
}
