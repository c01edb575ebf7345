package org.peel.bench.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.Sex;

/** Loads the public benchmark sets into {@link PersonRecord}s, each with its ground truth. */
final class DataSets {

    private DataSets() {
    }

    /** FEBRL: rec-N-org and rec-N-dup-k share N. Dates are YYYYMMDD, possibly blank or corrupt. */
    static List<PersonRecord> febrl(List<Map<String, String>> rows) {
        List<PersonRecord> records = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            String id = row.get("rec_id");
            String person = id.split("-")[1];
            records.add(new PersonRecord(id, person, row.get("given_name"), row.get("surname"),
                    compactDate(row.get("date_of_birth")).orElse(null), null));
        }
        return records;
    }

    static Optional<PartialDate> compactDate(String yyyymmdd) {
        if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
            return Optional.empty();
        }
        return PartialDate.tryParse(yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6));
    }

    /** Splink historical 50k: cluster is the person; first_name and surname, dob ISO or blank. */
    static List<PersonRecord> splinkHistorical(List<Map<String, String>> rows) {
        List<PersonRecord> records = new ArrayList<>(rows.size());
        for (Map<String, String> row : rows) {
            Sex sex = switch (row.getOrDefault("gender", "")) {
                case "male" -> Sex.MALE;
                case "female" -> Sex.FEMALE;
                default -> null;
            };
            records.add(new PersonRecord(row.get("unique_id"), row.get("cluster"), row.get("first_name"),
                    row.get("surname"), PartialDate.tryParse(row.get("dob")).orElse(null), sex));
        }
        return records;
    }

    /**
     * yente screening fixtures: row i of the treated file is row i of the untreated one. The untreated rows are
     * indexed (with the distractors), the treated rows are the queries.
     */
    static List<PersonRecord> yente(List<Map<String, String>> rows, String prefix) {
        List<PersonRecord> records = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            String[] name = splitFullName(row);
            if (name == null) {
                continue;
            }
            Sex sex = switch (row.getOrDefault("gender", "")) {
                case "male" -> Sex.MALE;
                case "female" -> Sex.FEMALE;
                default -> null;
            };
            records.add(new PersonRecord(prefix + i, prefix.startsWith("neg") ? prefix + i : "un" + i, name[0], name[1],
                    PartialDate.tryParse(row.get("date_of_birth")).orElse(null), sex));
        }
        return records;
    }

    /** Forenames and surname from the name columns, or from the full name read as an officer would type it. */
    static String[] splitFullName(Map<String, String> row) {
        String first = (row.getOrDefault("first_name", "") + " " + row.getOrDefault("middle_name", "")).strip();
        String last = row.getOrDefault("last_name", "");
        if (!last.isBlank()) {
            return new String[] {first, last};
        }
        return splitFullName(row.getOrDefault("full_name", ""));
    }

    static String[] splitFullName(String fullName) {
        try {
            NameQuery parsed = NameQuery.parse(fullName.replaceAll("\\d", " "));
            return new String[] {parsed.forenames(), parsed.surname()};
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    static Path under(Path root, String folder, String file) {
        return root.resolve(folder).resolve(file);
    }

    /** Keeps only the records of people whose key hashes into the first {@code share} of buckets: a fixed subsample. */
    static List<PersonRecord> subsample(List<PersonRecord> records, int buckets, int keep) {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        List<PersonRecord> out = new ArrayList<>();
        for (PersonRecord record : records) {
            if (chosen.computeIfAbsent(record.personKey(), key -> Math.floorMod(key.hashCode(), buckets) < keep)) {
                out.add(record);
            }
        }
        return out;
    }
}
