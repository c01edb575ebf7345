package org.peel.server.web;

import java.util.List;

import org.peel.server.crime.Crimes;
import org.springframework.stereotype.Component;

/** The crimes a person is the victim of or a suspect in, for the "Linked records" section of their page. */
@Component
class CrimePersonLinks implements PersonLinkSource {

    static final int MAX_LINKS = 50;

    private final Crimes crimes;
    private final CrimeDisplay display;

    CrimePersonLinks(Crimes crimes, CrimeDisplay display) {
        this.crimes = crimes;
        this.display = display;
    }

    @Override
    public List<PersonLink> linksTo(long personId) {
        return crimes.involving(personId, MAX_LINKS).stream()
                .map(found -> new PersonLink("Crime", found.crime().reference(),
                        found.role().equals("VICTIM") ? "Victim" : "Suspect",
                        found.crime().offence().code() + " " + found.crime().offence().title() + " · "
                                + display.status(found.crime().status()),
                        "/crimes/" + found.crime().id()))
                .toList();
    }
}
