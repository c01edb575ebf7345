package org.peel.server.missing;

import java.util.Collection;
import java.util.Map;

import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.springframework.stereotype.Component;

/** Person names from the people module. The caller audits its own use of them. */
@Component
class PeoplesNames implements PersonNames {

    private final People people;

    PeoplesNames(People people) {
        this.people = people;
    }

    @Override
    public Map<Long, String> of(Collection<Long> personIds) {
        return people.displayNames(personIds);
    }
}
