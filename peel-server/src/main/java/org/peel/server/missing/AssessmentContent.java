package org.peel.server.missing;

import java.util.List;

/** A checked risk assessment: the grade, the factor codes considered and the rationale. */
record AssessmentContent(RiskGrade grade, List<String> riskFactors, String rationale) {
}
