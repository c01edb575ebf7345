package org.peel.match;

/**
 * A name or alias with its forenames and surname normalised, ready to compare and to key.
 *
 * @param written   the name as recorded
 * @param forenames normalised forenames
 * @param surname   normalised surname
 */
record PreparedName(CandidateName written, NameParts forenames, NameParts surname) {

    static PreparedName of(CandidateName written, NameNormaliser normaliser) {
        return new PreparedName(written, normaliser.normalise(written.forenames()), normaliser.normalise(written.surname()));
    }
}
