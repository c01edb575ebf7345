package org.peel.match;

import java.util.regex.Pattern;

/**
 * The Russian and Ukrainian surname ending -ский (-цкий) in the one Latin form English records mostly use: letter by
 * letter (BGN/PCGN) Ковалевский is "Kovalevskiy", passports write "Kovalevskii" and German records "Kowalewskij",
 * while the record usually says "Kovalevsky". Folded on both sides, so an exact Cyrillic surname agrees exactly with
 * the surname recorded in any of these forms. Polish -ski ("Kowalski") is a different name and stays as written.
 */
final class SlavicSurnameEndings implements TextStep {

    private static final Pattern SKIY = Pattern.compile("(?<=[a-z]{2}s)k(?:iy|ii|ij|yi)\\b");

    @Override
    public String apply(String text) {
        return text.contains("ki") || text.contains("kyi") ? SKIY.matcher(text).replaceAll("ky") : text;
    }
}
