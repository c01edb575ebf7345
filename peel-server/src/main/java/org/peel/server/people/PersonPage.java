package org.peel.server.people;

import java.util.List;

/** One page of people, in the order they were recorded. */
public record PersonPage(List<Person> items, int page, int size, long total) {
}
