package org.peel.server.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The alerts on people from every {@link PersonAlertSource}, urgent ones first: one call per page of people, each
 * source answering in its own fixed number of queries. No audit entry: the caller's view or search is audited.
 */
@Service
public class PersonAlerts {

    private final ObjectProvider<PersonAlertSource> sources;

    PersonAlerts(ObjectProvider<PersonAlertSource> sources) {
        this.sources = sources;
    }

    /** The alerts on each of these people; people without any are left out. */
    public Map<Long, List<PersonAlert>> of(Collection<Long> personIds) {
        Map<Long, List<PersonAlert>> alerts = new HashMap<>();
        if (personIds.isEmpty()) {
            return alerts;
        }
        sources.orderedStream().forEach(source -> source.alertsFor(personIds)
                .forEach((id, raised) -> alerts.computeIfAbsent(id, key -> new ArrayList<>()).addAll(raised)));
        alerts.values().forEach(list -> list.sort(Comparator.comparing(PersonAlert::level)));
        return alerts;
    }

    /** The alerts on one person, urgent ones first; empty when none. */
    public List<PersonAlert> of(long personId) {
        return of(List.of(personId)).getOrDefault(personId, List.of());
    }
}
