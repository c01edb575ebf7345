package org.peel.server.missing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peel.server.platform.ReferenceFile;
import org.springframework.stereotype.Component;

/**
 * The wording of the risk grades and the checklist of risk factors, read from {@code reference/missing-risk-grades.csv}
 * and {@code reference/missing-risk-factors.csv} so that they can follow current College of Policing guidance.
 */
@Component
public class MissingReferenceData {

    /** A grade as officers read it. */
    public record GradeWording(RiskGrade code, String title, String description) {
    }

    /** One factor of the risk-assessment checklist. */
    public record RiskFactor(String code, String title) {
    }

    private final Map<RiskGrade, GradeWording> grades = new EnumMap<>(RiskGrade.class);
    private final Map<String, RiskFactor> factors = new LinkedHashMap<>();

    MissingReferenceData() {
        for (String[] row : ReferenceFile.read("reference/missing-risk-grades.csv", 3)) {
            RiskGrade grade = RiskGrade.valueOf(row[0]);
            grades.put(grade, new GradeWording(grade, row[1], row[2]));
        }
        for (RiskGrade grade : RiskGrade.values()) {
            if (!grades.containsKey(grade)) {
                throw new IllegalStateException("reference/missing-risk-grades.csv has no wording for " + grade);
            }
        }
        for (String[] row : ReferenceFile.read("reference/missing-risk-factors.csv", 2)) {
            factors.put(row[0], new RiskFactor(row[0], row[1]));
        }
    }

    public List<GradeWording> grades() {
        return List.copyOf(grades.values());
    }

    public GradeWording grade(RiskGrade grade) {
        return grades.get(grade);
    }

    public List<RiskFactor> riskFactors() {
        return List.copyOf(factors.values());
    }

    public Optional<RiskFactor> riskFactor(String code) {
        return Optional.ofNullable(code == null ? null : factors.get(code.strip().toUpperCase(Locale.ROOT)));
    }
}
