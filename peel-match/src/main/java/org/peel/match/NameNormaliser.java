package org.peel.match;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a written name into the words Peel compares and searches, by a chain of small steps (in the manner of a
 * Lucene analysis chain). This is the one place the chain is put together:
 * <ol>
 *   <li>{@link CompatibilityForms}: Unicode NFKC</li>
 *   <li>{@link ArabicNameSpelling}: whole Arabic name words in their usual Latin spelling ("محمد" = "mohamed")</li>
 *   <li>{@link CyrillicToLatin}: Cyrillic as English records spell it ("Жуков" = "Zhukov")</li>
 *   <li>{@link TransliterationToLatin}: other scripts, and Arabic words not listed, in Latin letters (ICU)</li>
 *   <li>{@link CaseAndAccentFolding}: "Françoise" = "francoise"</li>
 *   <li>{@link SlavicSurnameEndings}: "Kovalevskiy" = "Kovalevskii" = "Kovalevsky" (Ковалевский)</li>
 *   <li>{@link ApostropheRemoval}: "O'Brien" = "o brien", "D'Souza" = "d souza"</li>
 *   <li>{@link PunctuationToSpace}: commas, dots and digits go; hyphens between letters stay; one space between words</li>
 *   <li>cut into words at spaces</li>
 *   <li>{@link TitleRemoval}: Mr, Dr, Jr, III go</li>
 *   <li>{@link ParticleJoining}: "o brien" = "obrien", "mc donald" = "macdonald", "al-rashid" = "alrashid"</li>
 *   <li>{@link HyphenSplitting}: "smith-jones" is compared as "smith" and "jones"</li>
 * </ol>
 * Thread-safe.
 */
final class NameNormaliser {

    private final List<TextStep> textSteps;
    private final List<WordStep> wordSteps;

    NameNormaliser(ReferenceData reference) {
        this.textSteps = List.of(
                new CompatibilityForms(),
                new ArabicNameSpelling(reference.arabicNames()),
                new CyrillicToLatin(),
                new TransliterationToLatin(),
                new CaseAndAccentFolding(),
                new SlavicSurnameEndings(),
                new ApostropheRemoval(),
                new PunctuationToSpace());
        this.wordSteps = List.of(
                new TitleRemoval(reference.titles()),
                new ParticleJoining(reference.particles()),
                new HyphenSplitting());
    }

    static NameNormaliser standard() {
        return Holder.STANDARD;
    }

    NameParts normalise(String written) {
        if (written == null || written.isBlank()) {
            return NameParts.EMPTY;
        }
        String text = written;
        for (TextStep step : textSteps) {
            text = step.apply(text);
        }
        if (text.isEmpty()) {
            return NameParts.EMPTY;
        }
        NameParts name = new NameParts(Arrays.asList(text.split(" ")), List.of());
        for (WordStep step : wordSteps) {
            name = step.apply(name);
        }
        return name;
    }

    private static final class Holder {
        static final NameNormaliser STANDARD = new NameNormaliser(ReferenceData.standard());
    }
}
