package org.peel.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peel.synthetic.NameVariation.Kind;

class NameVariationTest {

    private static final SyntheticName ROBERT = new SyntheticName("Robert James", "Smith-Jones");

    private final NameVariation variation = NameVariation.withSeed(11);

    private List<SyntheticName> manyVariationsOf(SyntheticName name) {
        List<SyntheticName> varied = new ArrayList<>();
        IntStream.range(0, 2_000).forEach(i -> varied.add(variation.vary(name)));
        return varied;
    }

    @Test
    void varyProducesEveryKindOfVariation() {
        List<SyntheticName> varied = manyVariationsOf(ROBERT);
        assertThat(varied).as("nickname").anyMatch(name -> name.forenames().startsWith("Bob "));
        assertThat(varied).as("swapped").contains(new SyntheticName("Smith-Jones", "Robert James"));
        assertThat(varied).as("initial").contains(new SyntheticName("R", "Smith-Jones"));
        assertThat(varied).as("one part").contains(new SyntheticName("Robert James", "Jones"));
        assertThat(varied).as("dropped middle").contains(new SyntheticName("Robert", "Smith-Jones"));
        assertThat(varied).as("transposition").anyMatch(name -> name.forenames().equals("Rboert James")
                || name.forenames().equals("Orbert James") || name.surname().equals("Simth-Jones"));
        assertThat(varied).as("deletion").anyMatch(name -> name.forenames().equals("Rober James")
                || name.surname().equals("Smith-Jnes"));
        assertThat(manyVariationsOf(new SyntheticName("Mohammed", "Khan"))).as("known spelling")
                .contains(new SyntheticName("Muhammad", "Khan"));
    }

    @Test
    void varyNeverReturnsTheSameNameForPopulationMembers() {
        SyntheticPopulation.withSeed(5).people(5_000).forEach(person ->
                assertThat(variation.vary(person.name())).isNotEqualTo(person.name()));
    }

    @Test
    void typosAlwaysChangeTheName() {
        SyntheticPopulation.withSeed(6).people(5_000).map(SyntheticPerson::name).forEach(name -> {
            for (Kind typo : List.of(Kind.TYPO_TRANSPOSITION, Kind.TYPO_DELETION, Kind.TYPO_SUBSTITUTION)) {
                assertThat(variation.vary(name, typo)).as("%s of %s", typo, name)
                        .hasValueSatisfying(varied -> assertThat(varied).isNotEqualTo(name));
            }
        });
    }

    @Test
    void aDeletionLeavesOutOneLetter() {
        SyntheticName varied = variation.vary(new SyntheticName("Jonathan", "Smith"), Kind.TYPO_DELETION).orElseThrow();
        assertThat(varied.forenames().length() + varied.surname().length()).isEqualTo("JonathanSmith".length() - 1);
    }

    @Test
    void aSubstitutionUsesAKeyboardNeighbour() {
        SyntheticName varied = variation.vary(new SyntheticName("Q", "Q"), Kind.TYPO_SUBSTITUTION).orElseThrow();
        assertThat(List.of(varied.forenames(), varied.surname())).containsAnyOf("W", "A");
    }

    @Test
    void aPhoneticRespellingUsesAKnownTransliterationWhenThereIsOne() {
        SyntheticName varied = variation.vary(new SyntheticName("Mohammed", "Mohammed"), Kind.PHONETIC_RESPELLING)
                .orElseThrow();
        assertThat(List.of("Muhammad", "Mohammad", "Mohamed", "Muhammed", "Mohamad", "Maxamed", "Mohamud", "Mohamoud"))
                .containsAnyOf(varied.forenames(), varied.surname());
    }

    @Test
    void aPhoneticRespellingOfAnOrdinaryNameChangesItInOnePlace() {
        SyntheticName varied = variation.vary(new SyntheticName("Philip", "Clarke"), Kind.PHONETIC_RESPELLING)
                .orElseThrow();
        assertThat(varied).isNotEqualTo(new SyntheticName("Philip", "Clarke"));
        assertThat(varied.forenames().equals("Philip") || varied.surname().equals("Clarke")).isTrue();
    }

    @Test
    void aNicknameBecomesItsFormalFormAndAFormalNameANickname() {
        assertThat(variation.vary(new SyntheticName("Bob", "Smith"), Kind.NICKNAME_OR_FORMAL))
                .contains(new SyntheticName("Robert", "Smith"));
        assertThat(variation.vary(new SyntheticName("Robert", "Smith"), Kind.NICKNAME_OR_FORMAL).orElseThrow()
                .forenames()).isIn("Bob", "Rob", "Robbie", "Bobby");
    }

    @Test
    void kindsThatDoNotFitTheNameGiveNothing() {
        assertThat(variation.vary(new SyntheticName("John", "Smith"), Kind.DROPPED_MIDDLE_NAME)).isEmpty();
        assertThat(variation.vary(new SyntheticName("John", "Smith"), Kind.ONE_PART_OF_DOUBLE_BARRELLED_SURNAME))
                .isEmpty();
        assertThat(variation.vary(new SyntheticName("Omar", "Al-Masri"), Kind.ONE_PART_OF_DOUBLE_BARRELLED_SURNAME))
                .isEmpty();
        assertThat(variation.vary(new SyntheticName("Xzq", "Smith"), Kind.NICKNAME_OR_FORMAL)).isEmpty();
        assertThat(variation.vary(new SyntheticName("J", "Smith"), Kind.INITIAL_ONLY)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameVariations() {
        NameVariation first = NameVariation.withSeed(3);
        NameVariation second = NameVariation.withSeed(3);
        for (int i = 0; i < 100; i++) {
            assertThat(first.vary(ROBERT)).isEqualTo(second.vary(ROBERT));
        }
    }
}
