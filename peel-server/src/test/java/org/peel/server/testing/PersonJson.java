package org.peel.server.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds person request bodies for tests: a valid person by default, with the parts a test cares about changed. */
public final class PersonJson {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> names = new ArrayList<>();

    private PersonJson() {
        body.put("sex", "MALE");
        body.put("names", names);
        body.put("datesOfBirth", new ArrayList<>(List.of("1985-03-12")));
    }

    public static PersonJson person(String forenames, String surname) {
        PersonJson person = new PersonJson();
        person.name("PRIMARY", forenames, surname);
        return person;
    }

    public PersonJson name(String type, String forenames, String surname) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", type);
        name.put("forenames", forenames);
        name.put("surname", surname);
        names.add(name);
        return this;
    }

    public PersonJson with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public PersonJson warning(String type, String startDate) {
        return marker("warningMarkers", type, startDate);
    }

    public PersonJson vulnerability(String type, String startDate) {
        return marker("vulnerabilityMarkers", type, startDate);
    }

    @SuppressWarnings("unchecked")
    private PersonJson marker(String list, String type, String startDate) {
        List<Map<String, Object>> markers = (List<Map<String, Object>>) body.computeIfAbsent(list,
                key -> new ArrayList<>());
        markers.add(new LinkedHashMap<>(Map.of("type", type, "startDate", startDate)));
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
