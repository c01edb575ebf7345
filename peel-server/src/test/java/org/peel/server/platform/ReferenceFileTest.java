package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reference-data files as a force edits them: comments, blank lines, spaces, and commas inside quoted fields. */
class ReferenceFileTest {

    @Test
    void rowsAfterTheHeaderAreReadTrimmedSkippingCommentsAndBlankLines() {
        List<String[]> rows = ReferenceFile.read("reference-test/good.csv", 3);

        assertThat(rows).extracting(row -> List.of(row)).containsExactly(
                List.of("PLAIN", "Plain title", "no commas here"),
                List.of("SPACED", "Spaced title", "trimmed"),
                List.of("QUOTED", "A title, with a comma", "and a \"quoted\" word"),
                List.of("LAST", "Last title", "^\\d{2,4}$"));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedNamingTheFileAndLine() {
        assertThatThrownBy(() -> ReferenceFile.read("reference-test/unquoted-comma.csv", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reference-test/unquoted-comma.csv line 3 has 3 fields; 2 are expected");
    }

    @Test
    void aMissingFileIsAnErrorOfTheBuild() {
        assertThatThrownBy(() -> ReferenceFile.read("reference-test/no-such-file.csv", 2))
                .hasMessageContaining("reference-test/no-such-file.csv is missing from the build");
    }

    @Test
    void everyReferenceFileOfTheServerReadsWithItsColumns() {
        assertThat(ReferenceFile.read("reference/identifier-types.csv", 3))
                .anySatisfy(row -> assertThat(row[2]).isEqualTo("^\\d{2,4}/\\d{1,7}[A-Z]$"));
        assertThat(ReferenceFile.read("reference/missing-risk-factors.csv", 2))
                .anySatisfy(row -> assertThat(row[1]).isEqualTo("Without money, phone or means of getting help"));
        assertThat(ReferenceFile.read("reference/offences.csv", 4)).hasSizeGreaterThan(100);
        assertThat(ReferenceFile.read("reference/outcome-types.csv", 6)).isNotEmpty();
        assertThat(ReferenceFile.read("reference/cancellation-reasons.csv", 3)).isNotEmpty();
        assertThat(ReferenceFile.read("reference/no-crime-reasons.csv", 2)).isNotEmpty();
        assertThat(ReferenceFile.read("reference/marker-types.csv", 3)).isNotEmpty();
        assertThat(ReferenceFile.read("reference/missing-risk-grades.csv", 3)).hasSize(4);
    }
}
