package org.peel.match;

/** The result of comparing the query's date of birth with the candidate's closest one. */
record DateComparison(DateLevel level, PartialDate candidateDate) {
}
