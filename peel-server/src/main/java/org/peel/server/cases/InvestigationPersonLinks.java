package org.peel.server.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's investigations and the occurrences in them (a concern for a child, a domestic incident), for the "Linked
 * records" section of their page and their history: one statement for the list. When there are any, a last link
 * opens the person's history, every record they appear in in time order.
 */
@Component
class InvestigationPersonLinks implements PersonLinkSource {

    static final String INVESTIGATION = "Investigation";
    static final String OCCURRENCE = "Occurrence";
    static final String HISTORY = "History";

    private final InvestigationRepository repository;
    private final CaseReferenceData referenceData;

    InvestigationPersonLinks(InvestigationRepository repository, CaseReferenceData referenceData) {
        this.repository = repository;
        this.referenceData = referenceData;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLink> linksTo(long personId, int limit) {
        List<InvestigationRepository.PersonInvolvementRow> rows = repository.involvementsOf(personId,
                Math.max(1, limit));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<PersonRole>> roles = new LinkedHashMap<>();
        Map<Long, InvestigationRepository.PersonInvolvementRow> investigations = new LinkedHashMap<>();
        Map<Long, InvestigationRepository.PersonInvolvementRow> occurrences = new LinkedHashMap<>();
        for (InvestigationRepository.PersonInvolvementRow row : rows) {
            investigations.putIfAbsent(row.investigationId(), row);
            roles.computeIfAbsent(row.investigationId(), id -> new LinkedHashSet<>()).add(row.role());
            if (row.occurrenceId() != null) {
                occurrences.putIfAbsent(row.occurrenceId(), row);
            }
        }
        List<PersonLink> links = new ArrayList<>();
        investigations.values().forEach(row -> links.add(new PersonLink(INVESTIGATION, row.reference(),
                roles(roles.get(row.investigationId())), row.openedAt(), row.status().title(), row.title(),
                "/investigations/" + row.investigationId())));
        occurrences.values().stream().limit(Math.max(1, limit)).forEach(row -> links.add(new PersonLink(OCCURRENCE,
                referenceData.occurrenceType(row.occurrenceType()).map(CaseReferenceData.OccurrenceType::title)
                        .orElse(row.occurrenceType()), roles(roles.get(row.investigationId())), row.occurredAt(),
                "In " + row.reference(), row.occurrenceSummary(),
                "/investigations/" + row.investigationId() + "#occurrence-" + row.occurrenceId())));
        links.add(new PersonLink(HISTORY, "Every record in time order", null, null, null,
                "Investigations, crimes, occurrences and missing-person episodes", "/people/" + personId + "/history"));
        return links;
    }

    private static String roles(Set<PersonRole> roles) {
        return roles.stream().map(PersonRole::title).collect(Collectors.joining(", "));
    }
}
