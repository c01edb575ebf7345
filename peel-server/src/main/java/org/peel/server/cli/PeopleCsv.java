package org.peel.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peel.server.people.PersonDetails;

/**
 * The people import format: a header {@code id,forenames,surname,dob,sex,aliases,postcode}, then one person a row.
 * {@code id} is the source system's reference; {@code dob} is YYYY-MM-DD, YYYY-MM, YYYY or empty; {@code sex} is M, F,
 * U or empty; {@code aliases} is empty or {@code |}-separated entries written {@code SURNAME, Forenames}. An empty
 * {@code forenames} or {@code surname} is recorded as not known (source systems leave a name part empty when no one
 * knows it); a row with both empty has no name to find the person by and is refused.
 */
final class PeopleCsv {

    static final List<String> HEADER = List.of("id", "forenames", "surname", "dob", "sex", "aliases", "postcode");
    static final String SOURCE_REFERENCE = "SOURCE_SYSTEM_REFERENCE";

    private PeopleCsv() {
    }

    /** A row read into a person's details, or the reason it could not be. */
    sealed interface ParsedRow {
    }

    record Person(String sourceId, PersonDetails details) implements ParsedRow {
    }

    record Unreadable(String reason) implements ParsedRow {
    }

    static ParsedRow parse(List<String> fields) {
        if (fields.size() != HEADER.size()) {
            return new Unreadable("has " + fields.size() + " fields; expected " + HEADER.size() + " ("
                    + String.join(",", HEADER) + ")");
        }
        String id = fields.get(0).strip();
        if (id.isEmpty()) {
            return new Unreadable("id is empty; every row needs the source system's reference");
        }
        String forenames = fields.get(1).strip();
        String surname = fields.get(2).strip();
        String dob = fields.get(3).strip();
        String sex = fields.get(4).strip().toUpperCase(Locale.ROOT);
        if (!sex.isEmpty() && !List.of("M", "F", "U").contains(sex)) {
            return new Unreadable("sex must be M, F, U or empty, got '" + fields.get(4) + "'");
        }
        if (forenames.isEmpty() && surname.isEmpty()) {
            return new Unreadable("forenames and surname are both empty: a person needs at least one name part "
                    + "(an empty one alone is recorded as not known)");
        }
        List<PersonDetails.Name> names = new ArrayList<>();
        names.add(new PersonDetails.Name("PRIMARY", forenames.isEmpty() ? null : forenames,
                surname.isEmpty() ? null : surname, (forenames + " " + surname).strip(), surname.isEmpty(),
                forenames.isEmpty()));
        String aliases = fields.get(5).strip();
        if (!aliases.isEmpty()) {
            for (String alias : aliases.split("\\|")) {
                String entry = alias.strip();
                if (entry.isEmpty()) {
                    continue;
                }
                int comma = entry.indexOf(',');
                String aliasSurname = comma < 0 ? entry : entry.substring(0, comma).strip();
                String aliasForenames = comma < 0 ? "" : entry.substring(comma + 1).strip();
                names.add(new PersonDetails.Name("ALIAS", aliasForenames, aliasSurname.isEmpty() ? null : aliasSurname,
                        entry, aliasSurname.isEmpty(), false));
            }
        }
        String postcode = fields.get(6).strip();
        List<PersonDetails.AddressDetails> addresses = postcode.isEmpty() ? List.of()
                : List.of(new PersonDetails.AddressDetails(null, null, postcode));
        PersonDetails details = new PersonDetails(null, sex.isEmpty() ? null : sex, names,
                dob.isEmpty() ? List.of() : List.of(dob),
                List.of(new PersonDetails.IdentifierDetails(SOURCE_REFERENCE, id)), addresses, List.of(), List.of());
        return new Person(id, details);
    }
}
