package org.peel.server.places;

import java.util.ArrayList;
import java.util.List;

import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The locations, vehicles, phones, property and other records a person is linked to, for the "Linked records"
 * section of their page, and a way to their network. One query for the links and one per kind of record named.
 */
@Component
class PlacesPersonLinks implements PersonLinkSource {

    private final Links links;

    PlacesPersonLinks(Links links) {
        this.links = links;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLink> linksTo(long personId, int limit) {
        String self = RecordKind.PERSON.key(personId);
        List<PersonLink> shown = new ArrayList<>();
        for (Link link : links.linksOf(RecordKind.PERSON, personId, Math.max(1, limit))) {
            Link.RecordRef other = link.from().key().equals(self) ? link.to() : link.from();
            if (other.kind() == RecordKind.CRIME || other.kind() == RecordKind.MISSING_EPISODE) {
                // Crime and missing persons list their own records on the page; a link names them again only here.
                continue;
            }
            shown.add(new PersonLink(other.kind().title(), other.label(), link.roleTitle(), link.createdAt(),
                    link.ended() ? "Ended " + link.heldTo() : "Current", link.note(), other.href()));
        }
        if (!shown.isEmpty()) {
            shown.add(0, new PersonLink("Network", "Records linked within two steps", null, null, null,
                    "Drawn as a graph and listed as a table", "/network/person/" + personId));
        }
        return shown.subList(0, Math.min(shown.size(), Math.max(1, limit)));
    }
}
