package org.peel.match;

/** A search with its names normalised once, to compare with many candidates. */
record PreparedQuery(NameQuery query, NameParts forenames, NameParts surname) {
}
