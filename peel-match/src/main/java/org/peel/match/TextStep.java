package org.peel.match;

/** A normalisation step over the whole written name, before it is cut into words. */
interface TextStep {
    String apply(String text);
}
