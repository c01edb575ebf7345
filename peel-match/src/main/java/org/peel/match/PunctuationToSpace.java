package org.peel.match;

/**
 * Anything that is not a letter, a space or a hyphen between letters becomes a space, and runs of spaces become
 * one: "smith,  john." becomes "smith john", "smith - jones" becomes "smith-jones", "-smith" becomes "smith".
 */
final class PunctuationToSpace implements TextStep {

    @Override
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (out.length() > 0) {
                    if (pendingHyphen) {
                        out.append('-');
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingHyphen = false;
                pendingSpace = false;
                out.append(c);
            } else if (c == '-') {
                pendingHyphen = true;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }
}
