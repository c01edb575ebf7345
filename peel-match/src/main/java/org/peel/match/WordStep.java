package org.peel.match;

/** A normalisation step over the words of a name. */
interface WordStep {
    NameParts apply(NameParts name);
}
