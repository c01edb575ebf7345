package org.peel.match;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case without accents: "Françoise" becomes "francoise", "Łukasz" becomes "lukasz", "Straße" becomes "strasse". */
final class CaseAndAccentFolding implements TextStep {

    @Override
    public String apply(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'ø' -> folded.append('o');
                case 'ł' -> folded.append('l');
                case 'đ', 'ð' -> folded.append('d');
                case 'þ' -> folded.append("th");
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
