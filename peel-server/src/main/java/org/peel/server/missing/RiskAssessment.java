package org.peel.server.missing;

import java.time.Instant;
import java.util.List;

/** One risk assessment of an episode, kept for good; confirmed when a supervisor agrees with it. */
public record RiskAssessment(long id, RiskGrade grade, String gradeTitle, List<MissingReferenceData.RiskFactor> riskFactors,
                             String rationale, Instant assessedAt, String assessedBy, Instant confirmedAt,
                             String confirmedBy, String confirmationNote) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
