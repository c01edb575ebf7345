package org.peel.server.crime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.platform.ReferenceFile;
import org.springframework.stereotype.Component;

/**
 * The counting rules' tables, read from {@code reference/}: offence classifications, outcome types (with the fields
 * each outcome needs), the registrar's cancellation reasons and the reasons for not recording a crime. They change
 * with the rules, so they are data; see {@code reference/README.md} for their sources.
 */
@Component
public class CrimeReferenceData {

    /** A Home Office offence classification. {@code confidence} says how sure Peel's authors are of the code. */
    public record Offence(String code, CrimeCategory category, String title, String confidence) {
    }

    /** A Home Office outcome type and the fields that must be recorded with it. */
    public record OutcomeType(String code, String title, String group, boolean requiresSuspect,
                              boolean requiresVictimView) {
    }

    /** A coded reason (a cancellation reason or a reason for not recording a crime). */
    public record Reason(String code, String title) {
    }

    private final Map<String, Offence> offences = new LinkedHashMap<>();
    private final Map<String, OutcomeType> outcomeTypes = new LinkedHashMap<>();
    private final Map<String, Reason> cancellationReasons = new LinkedHashMap<>();
    private final Map<String, Reason> noCrimeReasons = new LinkedHashMap<>();

    CrimeReferenceData() {
        for (String[] row : ReferenceFile.read("reference/offences.csv", 4)) {
            put(offences, row[0], new Offence(row[0], CrimeCategory.valueOf(row[1]), row[2], row[3]));
        }
        for (String[] row : ReferenceFile.read("reference/outcome-types.csv", 6)) {
            put(outcomeTypes, row[0], new OutcomeType(row[0], row[1], row[2], yes(row[3]), yes(row[4])));
        }
        for (String[] row : ReferenceFile.read("reference/cancellation-reasons.csv", 3)) {
            put(cancellationReasons, row[0], new Reason(row[0], row[1]));
        }
        for (String[] row : ReferenceFile.read("reference/no-crime-reasons.csv", 2)) {
            put(noCrimeReasons, row[0], new Reason(row[0], row[1]));
        }
    }

    public List<Offence> offences() {
        return List.copyOf(offences.values());
    }

    public Optional<Offence> offence(String code) {
        return Optional.ofNullable(code == null ? null : offences.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public List<OutcomeType> outcomeTypes() {
        return List.copyOf(outcomeTypes.values());
    }

    public Optional<OutcomeType> outcomeType(String code) {
        return Optional.ofNullable(code == null ? null : outcomeTypes.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public List<Reason> cancellationReasons() {
        return List.copyOf(cancellationReasons.values());
    }

    public Optional<Reason> cancellationReason(String code) {
        return Optional.ofNullable(code == null ? null : cancellationReasons.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public List<Reason> noCrimeReasons() {
        return List.copyOf(noCrimeReasons.values());
    }

    public Optional<Reason> noCrimeReason(String code) {
        return Optional.ofNullable(code == null ? null : noCrimeReasons.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private static <T> void put(Map<String, T> table, String code, T value) {
        if (table.put(code, value) != null) {
            throw new IllegalStateException("reference data lists the code " + code + " twice");
        }
    }

    private static boolean yes(String flag) {
        return "Y".equalsIgnoreCase(flag);
    }
}
