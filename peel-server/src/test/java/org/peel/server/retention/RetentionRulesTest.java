package org.peel.server.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The MoPI review-date rules, and the reference files they come from: a bad line stops start-up, naming it. */
class RetentionRulesTest {

    private static final Set<String> OFFENCES = Set.of("1", "19C", "34B", "56A");
    private static final RetentionRules SHIPPED = RetentionRules.fromClasspath(Set.of("1", "2", "3A", "4/1", "4/2",
            "5D", "19C", "19D", "19E", "19F", "19G", "19H", "17B", "20B", "22B", "88A", "34B", "56A"));
    private static final String GROUPS = RetentionRules.GROUPS_HEADER + "\n1,Public protection,10\n"
            + "2,\"Sexual, violent or serious\",10\n3,Other offences,6\n4,No offence,6\n";

    private static RetentionRules.LinkedOffence offence(String code, String category) {
        return new RetentionRules.LinkedOffence(code, category);
    }

    private static RetentionRules rules(String groups, String offences) {
        return new RetentionRules(groups, offences, OFFENCES::contains);
    }

    @Test
    void aPersonWithNoCrimeIsInGroupFourAndReviewedSixYearsAfterTheirLatestActivity() {
        RetentionRules.Group group = SHIPPED.groupFor(List.of());

        assertThat(group.code()).isEqualTo("4");
        assertThat(RetentionRules.nextReview(group, LocalDate.of(2020, 3, 1), null)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theMostSeriousLinkedCrimeDecidesTheGroup() {
        assertThat(SHIPPED.groupFor(List.of(offence("56A", "BURGLARY"))).code()).isEqualTo("3");
        assertThat(SHIPPED.groupFor(List.of(offence("56A", "BURGLARY"), offence("34B", "ROBBERY"))).code())
                .isEqualTo("2");
        assertThat(SHIPPED.groupFor(List.of(offence("34B", "ROBBERY"), offence("19C", "SEXUAL_OFFENCES"),
                offence("56A", "BURGLARY"))).code()).isEqualTo("1");
    }

    @Test
    void anOffenceCodeListedWinsOverItsCategoryAndAnUnlistedOneFallsToItsCategoryOrOtherCrime() {
        RetentionRules rules = rules(GROUPS, RetentionRules.OFFENCES_HEADER
                + "\nNO_CRIME,4\nOTHER_CRIME,3\n1,1\nVIOLENCE_AGAINST_THE_PERSON,2\n");

        assertThat(rules.groupFor(List.of(offence("1", "VIOLENCE_AGAINST_THE_PERSON"))).code()).isEqualTo("1");
        assertThat(rules.groupFor(List.of(offence("8N", "VIOLENCE_AGAINST_THE_PERSON"))).code()).isEqualTo("2");
        assertThat(rules.groupFor(List.of(offence("56A", "BURGLARY"))).code()).isEqualTo("3");
    }

    @Test
    void aReviewThatKeepsTheRecordRestartsThePeriodAndSoDoesLaterActivity() {
        RetentionRules.Group group = SHIPPED.group("2").orElseThrow();
        LocalDate activity = LocalDate.of(2012, 6, 30);

        assertThat(RetentionRules.nextReview(group, activity, null)).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(RetentionRules.nextReview(group, activity, LocalDate.of(2023, 1, 5)))
                .isEqualTo(LocalDate.of(2033, 1, 5));
        assertThat(RetentionRules.nextReview(group, LocalDate.of(2024, 2, 29), LocalDate.of(2023, 1, 5)))
                .as("a leap day's anniversary is the 28th").isEqualTo(LocalDate.of(2034, 2, 28));
    }

    @Test
    void theShippedFilesGiveTheGroupsOfTheApp() {
        assertThat(SHIPPED.groups()).extracting(RetentionRules.Group::code, RetentionRules.Group::reviewEveryYears)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 10), org.assertj.core.groups.Tuple.tuple("2", 10),
                        org.assertj.core.groups.Tuple.tuple("3", 6), org.assertj.core.groups.Tuple.tuple("4", 6));
        assertThat(SHIPPED.group("2").orElseThrow().title()).isEqualTo("Other sexual, violent or serious offences");
    }

    @Test
    void aBadGroupsFileIsRefusedNamingTheLine() {
        String offences = RetentionRules.OFFENCES_HEADER + "\nNO_CRIME,4\nOTHER_CRIME,3\n";
        assertThatThrownBy(() -> rules(RetentionRules.GROUPS_HEADER + "\n# a comment\n1,Public protection,ten\n",
                offences)).hasMessageContaining("line 3").hasMessageContaining("review_every_years 'ten'");
        assertThatThrownBy(() -> rules(RetentionRules.GROUPS_HEADER + "\n1,A,10\n1,B,6\n", offences))
                .hasMessageContaining("line 3").hasMessageContaining("group 1 appears twice");
        assertThatThrownBy(() -> rules(RetentionRules.GROUPS_HEADER + "\nA,A,10\n", offences))
                .hasMessageContaining("line 2").hasMessageContaining("must be a number");
        assertThatThrownBy(() -> rules("group,title\n1,A\n", offences)).hasMessageContaining("line 1")
                .hasMessageContaining("header");
        assertThatThrownBy(() -> rules(RetentionRules.GROUPS_HEADER + "\n1,A,10,extra\n", offences))
                .hasMessageContaining("line 2").hasMessageContaining("4 fields");
    }

    @Test
    void aBadOffencesFileIsRefusedNamingTheLine() {
        String header = RetentionRules.OFFENCES_HEADER + "\nNO_CRIME,4\nOTHER_CRIME,3\n";
        assertThatThrownBy(() -> rules(GROUPS, header + "ZZ9,1\n")).hasMessageContaining("line 4")
                .hasMessageContaining("'ZZ9' is neither");
        assertThatThrownBy(() -> rules(GROUPS, header + "ROBBERY,7\n")).hasMessageContaining("line 4")
                .hasMessageContaining("group '7' is not one of the groups");
        assertThatThrownBy(() -> rules(GROUPS, header + "ROBBERY,2\nROBBERY,3\n")).hasMessageContaining("line 5")
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> rules(GROUPS, RetentionRules.OFFENCES_HEADER + "\nNO_CRIME,4\n"))
                .hasMessageContaining("OTHER_CRIME must be given a group");
    }
}
