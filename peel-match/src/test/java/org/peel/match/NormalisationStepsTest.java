package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationStepsTest {

    private final NameNormaliser normaliser = NameNormaliser.standard();

    @Test
    void compatibilityFormsBecomePlainLetters() {
        assertThat(new CompatibilityForms().apply("Ｊｏｈｎ ﬁnn")).isEqualTo("John finn");
    }

    @Test
    void otherScriptsAreWrittenInLatinLetters() {
        TransliterationToLatin toLatin = new TransliterationToLatin();
        assertThat(toLatin.apply("Иван Петров").toLowerCase()).isEqualTo("ivan petrov");
        assertThat(toLatin.apply("Γιώργος").toLowerCase()).isEqualTo("giorgos");
        assertThat(toLatin.apply("王").toLowerCase()).isEqualTo("wang");
        assertThat(toLatin.apply("محمد")).matches("[a-zA-Z]+");
    }

    @Test
    void latinTextPassesTransliterationUntouched() {
        assertThat(new TransliterationToLatin().apply("Françoise O'Brien")).isEqualTo("Françoise O'Brien");
    }

    @Test
    void caseAndAccentsAreFolded() {
        CaseAndAccentFolding folding = new CaseAndAccentFolding();
        assertThat(folding.apply("Françoise")).isEqualTo("francoise");
        assertThat(folding.apply("ŁUKASZ Øster Straße")).isEqualTo("lukasz oster strasse");
    }

    @Test
    void apostropheAfterOneLetterSeparatesAndElsewhereVanishes() {
        ApostropheRemoval apostrophes = new ApostropheRemoval();
        assertThat(apostrophes.apply("o'brien")).isEqualTo("o brien");
        assertThat(apostrophes.apply("d’souza")).isEqualTo("d souza");
        assertThat(apostrophes.apply("ng'ang'a")).isEqualTo("nganga");
    }

    @Test
    void punctuationBecomesOneSpaceAndHyphensBetweenLettersStay() {
        PunctuationToSpace punctuation = new PunctuationToSpace();
        assertThat(punctuation.apply("smith,  john.")).isEqualTo("smith john");
        assertThat(punctuation.apply("smith - jones")).isEqualTo("smith-jones");
        assertThat(punctuation.apply("-smith 2nd")).isEqualTo("smith nd");
    }

    @Test
    void titlesAndSuffixesAreDropped() {
        TitleRemoval titles = new TitleRemoval(ReferenceData.standard().titles());
        assertThat(titles.apply(new NameParts(List.of("dr", "john", "smith", "jr"), List.of())).words())
                .containsExactly("john", "smith");
        assertThat(titles.apply(new NameParts(List.of("major"), List.of())).words()).containsExactly("major");
    }

    @Test
    void particlesAreJoinedAndTheRestIsAlsoSearchable() {
        ParticleJoining particles = new ParticleJoining(ReferenceData.standard().particles());
        NameParts alRashid = particles.apply(new NameParts(List.of("el-rashid"), List.of()));
        assertThat(alRashid.words()).containsExactly("alrashid");
        assertThat(alRashid.alsoFoundBy()).containsExactly("rashid");
        assertThat(particles.apply(new NameParts(List.of("mc", "donald"), List.of())).words()).containsExactly("macdonald");
        assertThat(particles.apply(new NameParts(List.of("mcdonald"), List.of())).words()).containsExactly("macdonald");
        assertThat(particles.apply(new NameParts(List.of("ibn", "sina"), List.of())).words()).containsExactly("binsina");
    }

    @Test
    void aParticleThatIsTheLastWordStaysAWord() {
        ParticleJoining particles = new ParticleJoining(ReferenceData.standard().particles());
        assertThat(particles.apply(new NameParts(List.of("di"), List.of())).words()).containsExactly("di");
    }

    @Test
    void hyphenatedSurnamesAreSplitAndTheJoinedFormKept() {
        NameParts split = new HyphenSplitting().apply(new NameParts(List.of("smith-jones"), List.of()));
        assertThat(split.words()).containsExactly("smith", "jones");
        assertThat(split.alsoFoundBy()).containsExactly("smithjones");
    }

    @Test
    void theChainMakesOBrienOneSpellingHoweverWritten() {
        assertThat(normaliser.normalise("O'Brien").words()).containsExactly("obrien");
        assertThat(normaliser.normalise("O Brien").words()).containsExactly("obrien");
        assertThat(normaliser.normalise("OBRIEN").words()).containsExactly("obrien");
    }

    @Test
    void theChainNormalisesAWholeMessyName() {
        NameParts name = normaliser.normalise("Mr. Jean-Françoise  MC DONALD-Smith III");
        assertThat(name.words()).containsExactly("jean", "francoise", "macdonald", "smith");
    }

    @Test
    void blankNamesNormaliseToNothing() {
        assertThat(normaliser.normalise("  ").isEmpty()).isTrue();
        assertThat(normaliser.normalise(null).isEmpty()).isTrue();
        assertThat(normaliser.normalise("...").isEmpty()).isTrue();
    }
}
