package org.peel.match;

/** How two different names are known to be the same name. */
enum VariantKind {
    /** A short form or pet name: Bob and Robert. */
    NICKNAME,
    /** Another way to write the same name in Latin letters: Mohamed and Muhammad. */
    SPELLING
}
