package org.peel.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.people.Address;
import org.peel.server.people.Identifier;
import org.peel.server.people.Marker;
import org.peel.server.people.Person;
import org.peel.server.people.PersonDetails;
import org.peel.server.people.PersonName;

/**
 * The person form as the officer filled it in, row by row. Each list ends with an empty row to fill in; rows left
 * empty are not sent to the people module, so its field errors (which count only the rows sent) are mapped back to
 * the rows on the page by {@link Submission#formField(String)}.
 */
class PersonForm {

    private static final Pattern LIST_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\](.*)");
    /** Where a whole-list error ("names: must include one PRIMARY name") is shown: the first row's main field. */
    private static final Map<String, String> FIRST_FIELD = Map.of("names", ".surname", "datesOfBirth", "",
            "identifiers", ".value", "addresses", ".lines", "warningMarkers", ".type", "vulnerabilityMarkers", ".type");

    private Long version;
    private String sex = "UNKNOWN";
    private List<NameRow> names = new ArrayList<>();
    private List<String> datesOfBirth = new ArrayList<>();
    private List<IdentifierRow> identifiers = new ArrayList<>();
    private List<AddressRow> addresses = new ArrayList<>();
    private List<MarkerRow> warningMarkers = new ArrayList<>();
    private List<MarkerRow> vulnerabilityMarkers = new ArrayList<>();

    /** An empty form: a main name and one alias to fill in, and one empty row of everything else. */
    static PersonForm blank() {
        PersonForm form = new PersonForm();
        form.names.add(new NameRow("PRIMARY", "", "", null));
        form.names.add(new NameRow("ALIAS", "", "", null));
        return form.withEmptyRows();
    }

    /**
     * An empty form started from what an officer typed into a person picker: "SMITH, John 12/03/1985" or "John Smith
     * 1985" gives the main name's forenames and surname and the first date of birth, as typed, for the officer to check.
     */
    static PersonForm startedFrom(String typed) {
        PersonForm form = blank();
        String text = typed == null ? "" : typed.strip();
        List<String> words = new ArrayList<>();
        for (String word : text.replace(",", " , ").split("\\s+")) {
            if (word.matches(".*\\d.*")) {
                if (form.datesOfBirth.get(0).isBlank()) {
                    form.datesOfBirth.set(0, word);
                }
            } else if (!word.isBlank()) {
                words.add(word);
            }
        }
        int comma = words.indexOf(",");
        NameRow main = form.names.get(0);
        if (comma > 0) {
            main.setSurname(String.join(" ", words.subList(0, comma)));
            main.setForenames(String.join(" ", words.subList(comma + 1, words.size())));
        } else if (!words.isEmpty()) {
            words.remove(",");
            main.setSurname(words.get(words.size() - 1));
            main.setForenames(String.join(" ", words.subList(0, words.size() - 1)));
        }
        return form;
    }

    /** The same details with the version of the record they are to be added to. */
    static PersonDetails atVersion(PersonDetails details, long version) {
        return new PersonDetails(version, details.sex(), details.names(), details.datesOfBirth(), details.identifiers(),
                details.addresses(), details.warningMarkers(), details.vulnerabilityMarkers());
    }

    static PersonForm of(Person person) {
        PersonForm form = new PersonForm();
        form.version = person.version();
        form.sex = person.sex().name();
        for (PersonName name : person.names()) {
            form.names.add(NameRow.of(name));
        }
        person.datesOfBirth().forEach(date -> form.datesOfBirth.add(date.toString()));
        for (Identifier identifier : person.identifiers()) {
            form.identifiers.add(new IdentifierRow(identifier.type(), identifier.value()));
        }
        // Former addresses are kept by the people module whatever the form sends; only current ones are edited.
        for (Address address : person.addresses()) {
            if (address.isCurrent()) {
                form.addresses.add(new AddressRow(address.lines(), address.town(), address.postcode(),
                        address.from() == null ? null : address.from().toString()));
            }
        }
        person.warningMarkers().forEach(marker -> form.warningMarkers.add(MarkerRow.of(marker)));
        person.vulnerabilityMarkers().forEach(marker -> form.vulnerabilityMarkers.add(MarkerRow.of(marker)));
        return form.withEmptyRows();
    }

    /** Ends every list with one empty row for the officer to fill in, and starts the names with the primary one. */
    PersonForm withEmptyRows() {
        if (names.isEmpty() || !names.get(names.size() - 1).isEmpty()) {
            names.add(new NameRow(names.isEmpty() ? "PRIMARY" : "ALIAS", "", "", null));
        }
        if (datesOfBirth.isEmpty() || !isBlank(datesOfBirth.get(datesOfBirth.size() - 1))) {
            datesOfBirth.add("");
        }
        if (identifiers.isEmpty() || !identifiers.get(identifiers.size() - 1).isEmpty()) {
            identifiers.add(new IdentifierRow("", ""));
        }
        if (addresses.isEmpty() || !addresses.get(addresses.size() - 1).isEmpty()) {
            addresses.add(new AddressRow("", "", "", null));
        }
        if (warningMarkers.isEmpty() || !warningMarkers.get(warningMarkers.size() - 1).isEmpty()) {
            warningMarkers.add(new MarkerRow());
        }
        if (vulnerabilityMarkers.isEmpty() || !vulnerabilityMarkers.get(vulnerabilityMarkers.size() - 1).isEmpty()) {
            vulnerabilityMarkers.add(new MarkerRow());
        }
        return this;
    }

    /** The details to send to the people module, leaving out empty rows, and where each sent row came from. */
    Submission submission() {
        Map<String, List<Integer>> rows = new HashMap<>();
        List<PersonDetails.Name> sentNames = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            NameRow row = names.get(i);
            if (row != null && !row.isEmpty()) {
                sentNames.add(new PersonDetails.Name(row.getType(), row.getForenames(), row.getSurname(),
                        row.getAsWritten(), row.isSurnameNotKnown(), row.isForenamesNotKnown()));
                rows.computeIfAbsent("names", list -> new ArrayList<>()).add(i);
            }
        }
        List<String> sentDates = new ArrayList<>();
        for (int i = 0; i < datesOfBirth.size(); i++) {
            if (!isBlank(datesOfBirth.get(i))) {
                sentDates.add(datesOfBirth.get(i));
                rows.computeIfAbsent("datesOfBirth", list -> new ArrayList<>()).add(i);
            }
        }
        List<PersonDetails.IdentifierDetails> sentIdentifiers = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            IdentifierRow row = identifiers.get(i);
            if (row != null && !row.isEmpty()) {
                sentIdentifiers.add(new PersonDetails.IdentifierDetails(row.getType(), row.getValue()));
                rows.computeIfAbsent("identifiers", list -> new ArrayList<>()).add(i);
            }
        }
        List<PersonDetails.AddressDetails> sentAddresses = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            AddressRow row = addresses.get(i);
            if (row != null && !row.isEmpty()) {
                sentAddresses.add(new PersonDetails.AddressDetails(row.getLines(), row.getTown(), row.getPostcode(),
                        row.getFrom(), null));
                rows.computeIfAbsent("addresses", list -> new ArrayList<>()).add(i);
            }
        }
        List<PersonDetails.MarkerDetails> sentWarnings = markers("warningMarkers", warningMarkers, rows);
        List<PersonDetails.MarkerDetails> sentVulnerabilities = markers("vulnerabilityMarkers", vulnerabilityMarkers,
                rows);
        return new Submission(new PersonDetails(version, sex, sentNames, sentDates, sentIdentifiers, sentAddresses,
                sentWarnings, sentVulnerabilities), rows);
    }

    private static List<PersonDetails.MarkerDetails> markers(String list, List<MarkerRow> given,
                                                             Map<String, List<Integer>> rows) {
        List<PersonDetails.MarkerDetails> sent = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MarkerRow row = given.get(i);
            if (row != null && !row.isEmpty()) {
                sent.add(new PersonDetails.MarkerDetails(row.getType(), row.getStartDate(), row.getEndDate(),
                        row.getNote()));
                rows.computeIfAbsent(list, key -> new ArrayList<>()).add(i);
            }
        }
        return sent;
    }

    /**
     * What was sent to the people module, with the form row of each sent row.
     *
     * @param rows for each list, the form row index of each row sent, in order
     */
    record Submission(PersonDetails details, Map<String, List<Integer>> rows) {

        /** The form field a people-module field error is about: {@code names[1].surname} may be row 2 on the page. */
        String formField(String field) {
            Matcher listed = LIST_FIELD.matcher(field);
            if (listed.matches()) {
                List<Integer> sent = rows.getOrDefault(listed.group(1), List.of());
                int index = Integer.parseInt(listed.group(2));
                int row = index < sent.size() ? sent.get(index) : index;
                String rest = listed.group(3).isEmpty() ? FIRST_FIELD.getOrDefault(listed.group(1), "")
                        : listed.group(3);
                return listed.group(1) + "[" + row + "]" + rest;
            }
            if (FIRST_FIELD.containsKey(field)) {
                int row = rows.getOrDefault(field, List.of(0)).get(0);
                return field + "[" + row + "]" + FIRST_FIELD.get(field);
            }
            return field;
        }
    }

    /** "Name 2" and "Surname" for {@code names[1].surname}: how the page's error summary names a field. */
    static FormErrors.Label label(String field) {
        Matcher listed = LIST_FIELD.matcher(field);
        if (!listed.matches()) {
            return new FormErrors.Label(null, switch (field) {
                case "sex" -> "Sex";
                case "version" -> "Version";
                case "justification" -> "Reason";
                default -> "The form";
            });
        }
        int number = Integer.parseInt(listed.group(2)) + 1;
        if (listed.group(1).equals("datesOfBirth")) {
            return new FormErrors.Label(null, "Date of birth " + number);
        }
        String part = switch (listed.group(1)) {
            case "names" -> "Name " + number;
            case "datesOfBirth" -> "Date of birth " + number;
            case "identifiers" -> "Identifier " + number;
            case "addresses" -> "Address " + number;
            case "warningMarkers" -> "Warning marker " + number;
            case "vulnerabilityMarkers" -> "Vulnerability marker " + number;
            default -> listed.group(1);
        };
        String label = switch (listed.group(3)) {
            case "" -> "This row";
            case ".type" -> "Type";
            case ".forenames" -> "Forenames";
            case ".surname" -> "Surname";
            case ".asWritten" -> "Name as written";
            case ".value" -> "Value";
            case ".lines" -> "Address";
            case ".town" -> "Town";
            case ".postcode" -> "Postcode";
            case ".from" -> "Lived there from";
            case ".to" -> "Until";
            case ".startDate" -> "Start date";
            case ".endDate" -> "End date";
            case ".note" -> "Note";
            default -> listed.group(3).substring(1);
        };
        return new FormErrors.Label(part, label);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public List<NameRow> getNames() {
        return names;
    }

    public void setNames(List<NameRow> names) {
        this.names = names;
    }

    public List<String> getDatesOfBirth() {
        return datesOfBirth;
    }

    public void setDatesOfBirth(List<String> datesOfBirth) {
        this.datesOfBirth = datesOfBirth;
    }

    public List<IdentifierRow> getIdentifiers() {
        return identifiers;
    }

    public void setIdentifiers(List<IdentifierRow> identifiers) {
        this.identifiers = identifiers;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<AddressRow> addresses) {
        this.addresses = addresses;
    }

    public List<MarkerRow> getWarningMarkers() {
        return warningMarkers;
    }

    public void setWarningMarkers(List<MarkerRow> warningMarkers) {
        this.warningMarkers = warningMarkers;
    }

    public List<MarkerRow> getVulnerabilityMarkers() {
        return vulnerabilityMarkers;
    }

    public void setVulnerabilityMarkers(List<MarkerRow> vulnerabilityMarkers) {
        this.vulnerabilityMarkers = vulnerabilityMarkers;
    }

    /** One name row. {@code asWritten} travels in a hidden field so that editing does not lose it. */
    public static class NameRow {
        private String type = "ALIAS";
        private String forenames;
        private String surname;
        private String asWritten;
        private boolean surnameNotKnown;
        private boolean forenamesNotKnown;

        public NameRow() {
        }

        NameRow(String type, String forenames, String surname, String asWritten) {
            this.type = type;
            this.forenames = forenames;
            this.surname = surname;
            this.asWritten = asWritten;
        }

        static NameRow of(PersonName name) {
            NameRow row = new NameRow(name.type().name(), name.forenames(), name.surname(), name.asWritten());
            row.surnameNotKnown = name.surnameNotKnown();
            row.forenamesNotKnown = name.forenamesNotKnown();
            return row;
        }

        boolean isEmpty() {
            return isBlank(forenames) && isBlank(surname) && !surnameNotKnown && !forenamesNotKnown;
        }

        public boolean isSurnameNotKnown() {
            return surnameNotKnown;
        }

        public void setSurnameNotKnown(boolean surnameNotKnown) {
            this.surnameNotKnown = surnameNotKnown;
        }

        public boolean isForenamesNotKnown() {
            return forenamesNotKnown;
        }

        public void setForenamesNotKnown(boolean forenamesNotKnown) {
            this.forenamesNotKnown = forenamesNotKnown;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getForenames() {
            return forenames;
        }

        public void setForenames(String forenames) {
            this.forenames = forenames;
        }

        public String getSurname() {
            return surname;
        }

        public void setSurname(String surname) {
            this.surname = surname;
        }

        public String getAsWritten() {
            return asWritten;
        }

        public void setAsWritten(String asWritten) {
            this.asWritten = asWritten;
        }
    }

    /** One identifier row. */
    public static class IdentifierRow {
        private String type;
        private String value;

        public IdentifierRow() {
        }

        IdentifierRow(String type, String value) {
            this.type = type;
            this.value = value;
        }

        boolean isEmpty() {
            return isBlank(value);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    /** One address row. */
    public static class AddressRow {
        private String lines;
        private String town;
        private String postcode;
        private String from;

        public AddressRow() {
        }

        AddressRow(String lines, String town, String postcode, String from) {
            this.lines = lines;
            this.town = town;
            this.postcode = postcode;
            this.from = from;
        }

        boolean isEmpty() {
            return isBlank(lines) && isBlank(town) && isBlank(postcode) && isBlank(from);
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getLines() {
            return lines;
        }

        public void setLines(String lines) {
            this.lines = lines;
        }

        public String getTown() {
            return town;
        }

        public void setTown(String town) {
            this.town = town;
        }

        public String getPostcode() {
            return postcode;
        }

        public void setPostcode(String postcode) {
            this.postcode = postcode;
        }
    }

    /** One marker row: a type from the reference data, from a start date until an optional end date. */
    public static class MarkerRow {
        private String type;
        private String startDate;
        private String endDate;
        private String note;

        public MarkerRow() {
        }

        static MarkerRow of(Marker marker) {
            MarkerRow row = new MarkerRow();
            row.type = marker.type();
            row.startDate = marker.startDate().toString();
            row.endDate = marker.endDate() == null ? null : marker.endDate().toString();
            row.note = marker.note();
            return row;
        }

        boolean isEmpty() {
            return isBlank(type) && isBlank(startDate) && isBlank(endDate) && isBlank(note);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getStartDate() {
            return startDate;
        }

        public void setStartDate(String startDate) {
            this.startDate = startDate;
        }

        public String getEndDate() {
            return endDate;
        }

        public void setEndDate(String endDate) {
            this.endDate = endDate;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
