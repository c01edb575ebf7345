package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incidents;
import org.peel.server.people.People;
import org.peel.server.platform.CurrentUser;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's places: addresses with warnings, and a family and a group sharing an address and a car. */
@PeelIntegrationTest
class PlacesDemoDataTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    @Autowired
    Links links;

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theDemoRecordsWarningsAndTwoSmallNetworks() {
        Records records = new Records(port);
        for (int i = 0; i < 7; i++) {
            records.person("Demo");
        }
        long warningsBefore = count("location_warning");
        long linksBefore = count("pole_link");
        PlacesDemoData demo = new PlacesDemoData(context.getBean(Locations.class), context.getBean(Things.class),
                links, people, context.getBean(Incidents.class), context.getBean(Crimes.class),
                context.getBean(LocationRepository.class));

        SystemIdentity.run(CurrentUser.SYSTEM, demo::fill);

        assertThat(count("location_warning") - warningsBefore).isEqualTo(7);
        assertThat(count("pole_link") - linksBefore).isGreaterThanOrEqualTo(23);
        List<Long> firstPeople = people.idsAfter(0, 7);
        Network family = SystemIdentity.call(CurrentUser.SYSTEM, () -> links.network(RecordKind.PERSON,
                firstPeople.get(0), 2, List.of(), null));
        assertThat(family.nodes()).extracting(Network.Node::kind).contains(RecordKind.LOCATION, RecordKind.VEHICLE,
                RecordKind.PERSON);
        assertThat(family.nodes()).extracting(Network.Node::key).contains("PERSON:" + firstPeople.get(2));
    }
}
