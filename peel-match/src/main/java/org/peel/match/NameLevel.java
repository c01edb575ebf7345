package org.peel.match;

/**
 * How well one name part (forename or surname) agrees, from best to worst, as the comparison levels of
 * probabilistic record linkage (Fellegi–Sunter, Splink). The match weight of each level is in {@link MatchWeights}.
 */
enum NameLevel {
    /** Same after normalisation: "O'Brien" and "OBRIEN". */
    EXACT,
    /** A nickname or another spelling of the same name: "Bob" and "Robert", "Mohamed" and "Muhammad". */
    VARIANT,
    /** Sounds the same (Double Metaphone or Beider–Morse): "Peterson" and "Pederson". */
    PHONETIC,
    /** Spelt nearly the same (Jaro–Winkler): "Robetrson" and "Robertson". */
    CLOSE,
    /** One side gives only an initial, and it agrees: "J" and "John". */
    INITIAL,
    /** A forename is the start of the other, a short form on no list: "Olu" and "Olusegun". Weak evidence. */
    PREFIX,
    /** Disagrees. */
    DIFFERENT,
    /** One side has no such name part. */
    MISSING
}
