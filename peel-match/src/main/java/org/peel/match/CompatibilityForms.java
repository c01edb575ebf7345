package org.peel.match;

import java.text.Normalizer;

/** Unicode NFKC: full-width letters, ligatures and other compatibility forms become plain ones ("ﬁ" becomes "fi"). */
final class CompatibilityForms implements TextStep {
    @Override
    public String apply(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
