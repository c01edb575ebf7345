package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameKeysTest {

    private final NameKeys keys = NameKeys.standard();
    private final NameVariants variants = ReferenceData.standard().variants();

    @Test
    void soundAlikeSurnamesShareADoubleMetaphoneCode() {
        assertThat(keys.of("peterson").soundsLike(keys.of("pederson"))).isTrue();
        assertThat(keys.of("smith").soundsLike(keys.of("smyth"))).isTrue();
        assertThat(keys.of("stephen").soundsLike(keys.of("steven"))).isTrue();
    }

    @Test
    void differentSoundingNamesDoNotShareACode() {
        assertThat(keys.of("tanner").soundsLike(keys.of("manner"))).isFalse();
        assertThat(keys.of("smith").soundsLike(keys.of("jones"))).isFalse();
    }

    @Test
    void beiderMorseCodesAreComputedForNamesOfOtherOrigins() {
        assertThat(keys.of("schwarz").beiderMorse()).isNotEmpty();
        assertThat(keys.of("schwarz").beiderMorse()).containsAnyElementsOf(keys.of("shvarts").beiderMorse());
    }

    @Test
    void nicknamesShareAVariantGroupWithTheirFullName() {
        assertThat(variants.relation("bob", "robert", false)).isEqualTo(VariantKind.NICKNAME);
        assertThat(variants.relation("bill", "william", false)).isEqualTo(VariantKind.NICKNAME);
        assertThat(variants.relation("peggy", "margaret", false)).isEqualTo(VariantKind.NICKNAME);
        assertThat(variants.relation("mike", "michael", false)).isEqualTo(VariantKind.NICKNAME);
    }

    @Test
    void transliterationsShareASpellingGroup() {
        assertThat(variants.relation("mohammed", "muhammad", false)).isEqualTo(VariantKind.SPELLING);
        assertThat(variants.relation("mohamed", "mohammad", false)).isEqualTo(VariantKind.SPELLING);
        assertThat(variants.relation("mehmet", "mohammed", false)).isEqualTo(VariantKind.SPELLING);
    }

    @Test
    void nicknamesDoNotCountForSurnames() {
        assertThat(variants.relation("bob", "robert", true)).isNull();
    }

    @Test
    void unrelatedNamesShareNoGroup() {
        assertThat(variants.relation("robert", "margaret", false)).isNull();
        assertThat(keys.of("robert").groups()).doesNotContainAnyElementsOf(keys.of("margaret").groups());
    }

    @Test
    void anInitialHasNoPhoneticOrVariantKeys() {
        WordKeys initial = keys.of("j");
        assertThat(initial.initial()).isEqualTo('j');
        assertThat(initial.metaphone()).isEmpty();
        assertThat(initial.groups()).isEmpty();
    }

    @Test
    void typoKeysOfWordsOneEditApartOverlap() {
        Set<String> robertson = new LinkedHashSet<>();
        IndexKeys.typoKeys("robertson", robertson);
        Set<String> transposed = new LinkedHashSet<>();
        IndexKeys.typoKeys("robetrson", transposed);
        Set<String> dropped = new LinkedHashSet<>();
        IndexKeys.typoKeys("robertsn", dropped);
        assertThat(robertson).containsAnyElementsOf(transposed).containsAnyElementsOf(dropped);
        Set<String> other = new LinkedHashSet<>();
        IndexKeys.typoKeys("richards", other);
        assertThat(robertson).doesNotContainAnyElementsOf(other);
    }

    @Test
    void dateKeysGoFromYearToDay() {
        assertThat(IndexKeys.dateKeys(PartialDate.of(1985, 3, 12))).containsExactly("y1985", "m198503", "d19850312");
        assertThat(IndexKeys.dateKeys(PartialDate.ofYear(1985))).containsExactly("y1985");
    }
}
