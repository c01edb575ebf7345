package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.SystemIdentity;
import org.peel.server.access.UserAccounts;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

/**
 * Need-to-know restriction of a person (issue 13 item 4), over HTTP on the real database: a supervisor restricts a
 * person to a team and a named user; an officer outside is refused on the API and the pages, the refusal is logged and
 * shown to the owner; search leaves the person out before scoring and says whom to contact; lifting restores access.
 */
@PeelIntegrationTest
class RestrictedPersonTest {

    static final String TEAM = "Op Kestrel";
    static final String MEMBER = "r.kestrel";
    static final String OUTSIDER = "r.response";
    static final String OTHER_SUPERVISOR = "r.sergeant";
    static final String OWNER = TestUsers.SUPERVISOR;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexMaintenance index;

    @Autowired
    People people;

    @Autowired
    org.peel.server.search.PersonSearch search;

    @BeforeEach
    void users() {
        accounts.createIfAbsent(MEMBER, "Kestrel Member", TestUsers.PASSWORD, EnumSet.of(Role.OFFICER));
        accounts.createIfAbsent(OUTSIDER, "Response Officer", TestUsers.PASSWORD, EnumSet.of(Role.OFFICER));
        accounts.createIfAbsent(OTHER_SUPERVISOR, "Other Sergeant", TestUsers.PASSWORD, EnumSet.of(Role.SUPERVISOR));
        jdbc.sql("UPDATE user_account SET team = :team WHERE username = :user").param("team", TEAM)
                .param("user", MEMBER).update();
        jdbc.sql("UPDATE user_account SET team = 'Response' WHERE username IN (:users)")
                .param("users", List.of(OUTSIDER, OTHER_SUPERVISOR)).update();
    }

    /** A surname no other test records, of letters only, so that search finds it by name. */
    static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Quill");
        for (char digit : Long.toString(System.nanoTime() % 100_000_000L).toCharArray()) {
            name.append((char) ('a' + (digit - '0')));
        }
        return name.toString();
    }

    long record(String forenames, String surname) {
        Api.Response created = Api.as(port, Role.OFFICER).post("/api/people", person(forenames, surname)
                .with("datesOfBirth", List.of("1988-04-12")).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    Api.Response restrict(String supervisor, long id) {
        return Api.as(port, supervisor).put("/api/people/" + id + "/restriction", Map.of(
                "users", List.of(TestUsers.ANALYST), "team", TEAM, "reason", "Protected witness in Op Kestrel"));
    }

    long restricted(String forenames, String surname) {
        long id = record(forenames, surname);
        Api.Response restricted = restrict(OWNER, id);
        assertThat(restricted.status()).as(restricted.toString()).isEqualTo(200);
        index.catchUp();
        return id;
    }

    JsonNode search(String username, String query) {
        Api.Response response = Api.as(port, username).get("/api/search/people?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static List<Long> ids(JsonNode results) {
        return results.path("hits").valueStream().map(hit -> hit.path("personId").asLong()).toList();
    }

    List<String> refusalsLogged(String username, long id) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE username = :user AND action = 'REFUSED'"
                        + " AND record_type = 'person' AND record_id = :id")
                .param("user", username).param("id", Long.toString(id)).query(String.class).list();
    }

    @Test
    void anOfficerOutsideTheTeamIsRefusedOnTheApiAndThePageAndEachAttemptIsLogged() {
        long id = restricted("Carys", uniqueSurname());

        Api.Response api = Api.as(port, OUTSIDER).get("/api/people/" + id);
        Api.Response versions = Api.as(port, OUTSIDER).get("/api/people/" + id + "/versions");
        var page = PageSession.as(port, OUTSIDER).page("/people/" + id);
        var edit = PageSession.as(port, OUTSIDER).page("/people/" + id + "/edit");

        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("restricted").contains(OWNER).doesNotContain("Carys");
        assertThat(versions.status()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("This is a restricted record").contains(OWNER).doesNotContain("Carys");
        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(refusalsLogged(OUTSIDER, id)).hasSize(4)
                .allSatisfy(detail -> assertThat(detail).contains("restricted by " + OWNER));
    }

    @Test
    void theOwnerSeesWhoWasRefusedOnThePersonPageAndTheApi() {
        long id = restricted("Carys", uniqueSurname());
        Api.as(port, OUTSIDER).get("/api/people/" + id);

        JsonNode restriction = Api.as(port, OWNER).get("/api/people/" + id + "/restriction").json();
        String page = PageSession.as(port, OWNER).get("/people/" + id);

        assertThat(restriction.path("current").path("owner").asString()).isEqualTo(OWNER);
        assertThat(restriction.path("current").path("team").asString()).isEqualTo(TEAM);
        assertThat(restriction.path("refused").valueStream().map(refusal -> refusal.path("username").asString()))
                .containsExactly(OUTSIDER);
        assertThat(page).contains("Attempts refused").contains(OUTSIDER).contains("Protected witness in Op Kestrel");
    }

    @Test
    void aTeamMemberANamedUserAndTheOwnerSeeTheRestrictedPerson() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);

        for (String allowed : List.of(MEMBER, TestUsers.ANALYST, OWNER)) {
            Api.Response api = Api.as(port, allowed).get("/api/people/" + id);
            assertThat(api.status()).as(allowed).isEqualTo(200);
            assertThat(api.json().path("names").get(0).path("surname").asString()).isEqualTo(surname);
        }
        var page = PageSession.as(port, MEMBER).page("/people/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Restricted record: open only to " + OWNER);
        assertThat(refusalsLogged(MEMBER, id)).isEmpty();
    }

    @Test
    void aRestrictedPersonIsInvisibleInSearchToAnOutsiderButFoundByTheTeam() {
        String surname = uniqueSurname();
        long open = record("Bethan", surname);
        long hidden = record("Carys", surname);
        index.catchUp();
        JsonNode before = search(OUTSIDER, "Carys " + surname);
        assertThat(ids(before)).contains(open, hidden);

        restrict(OWNER, hidden);
        index.catchUp();
        JsonNode outsider = search(OUTSIDER, "Carys " + surname);
        JsonNode member = search(MEMBER, "Carys " + surname);

        assertThat(ids(outsider)).contains(open).doesNotContain(hidden);
        assertThat(outsider.path("totalMatches").asInt()).as("the count leaks nothing either")
                .isEqualTo(before.path("totalMatches").asInt() - 1);
        assertThat(outsider.path("hits").valueStream().map(hit -> hit.path("person").path("names").toString()))
                .noneSatisfy(names -> assertThat(names).contains("Carys").contains(surname));
        assertThat(outsider.path("restrictedOwners").valueStream().map(JsonNode::asString)).containsExactly(OWNER);
        assertThat(ids(member)).contains(open, hidden);
        assertThat(member.path("restrictedOwners").isEmpty()).isTrue();
    }

    @Test
    void theSearchPageTellsAnOutsiderWhomToContactAndShowsNoDetail() {
        String surname = uniqueSurname();
        // A forename and date of birth no other test records, so that any sight of them is a leak.
        Api.Response created = Api.as(port, Role.OFFICER).post("/api/people", person("Elowen", surname)
                .with("datesOfBirth", List.of("1961-09-23")).build());
        long id = created.json().path("id").asLong();
        restrict(OWNER, id);
        index.catchUp();

        String page = PageSession.as(port, OUTSIDER).get("/?q=" + URLEncoder.encode("Elowen " + surname,
                StandardCharsets.UTF_8));

        assertThat(page).contains("A restricted record matches: contact the owner, " + OWNER)
                .doesNotContain(surname.toUpperCase(java.util.Locale.ROOT)).doesNotContain(", Elowen")
                .doesNotContain("23/09/1961").doesNotContain("/people/" + id + "\"");
    }

    @Test
    void theDuplicateCheckDoesNotOfferARestrictedPersonToAnOutsider() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);
        Map<String, Object> typed = person("Carys", surname).with("datesOfBirth", List.of("1988-04-12")).build();

        JsonNode outsider = Api.as(port, OUTSIDER).post("/api/search/duplicates", typed).json();
        JsonNode member = Api.as(port, MEMBER).post("/api/search/duplicates", typed).json();

        assertThat(outsider.valueStream().map(hit -> hit.path("personId").asLong())).doesNotContain(id);
        assertThat(member.valueStream().map(hit -> hit.path("personId").asLong())).contains(id);
    }

    @Test
    void otherModulesAndListsGetARestrictedRecordWithNoDetailForAnOutsider() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);

        Person seen = as(OUTSIDER, "Response", () -> people.findAll(List.of(id)).get(0));
        Person seenByTeam = as(MEMBER, TEAM, () -> people.findAll(List.of(id)).get(0));

        assertThat(seen.primaryName().displayName()).isEqualTo("RESTRICTED RECORD");
        assertThat(seen.datesOfBirth()).isEmpty();
        assertThat(seen.addresses()).isEmpty();
        assertThat(seenByTeam.primaryName().surname()).isEqualTo(surname);
        assertThat(SystemIdentity.call("cli:index", () -> people.findAll(List.of(id)).get(0)).primaryName().surname())
                .as("Peel's own work reads the record whole").isEqualTo(surname);
    }

    @Test
    void thePeopleListShowsAnOutsiderARestrictedRecordWithNoDetailAndLogsNoConsultationOfIt() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);
        long total = Api.as(port, OUTSIDER).get("/api/people?page=0&size=1").json().path("total").asLong();

        JsonNode listed = Api.as(port, OUTSIDER).get("/api/people?page=" + (total - 1) + "&size=1").json()
                .path("items").get(0);

        assertThat(listed.path("id").asLong()).isEqualTo(id);
        assertThat(listed.toString()).doesNotContain(surname).doesNotContain("1988");
        assertThat(listed.path("names").get(0).path("surname").asString()).isEqualTo("Restricted record");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE username = :user AND action = 'CONSULTATION'"
                        + " AND record_type = 'person' AND record_id = :id")
                .param("user", OUTSIDER).param("id", Long.toString(id)).query(Long.class).single()).isZero();
    }

    @Test
    void theCrimeAndMissingPersonPagesShowAnOutsiderARestrictedRecordInPlaceOfTheVictim() {
        String surname = uniqueSurname();
        long id = record("Carys", surname);
        Map<String, Object> incident = new java.util.LinkedHashMap<>();
        incident.put("reportedAt", java.time.Instant.now().minusSeconds(3600).toString());
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of(id));
        incident.put("location", Map.of("lines", "4 Church Lane", "postcode", "B12 9QY"));
        incident.put("account", "Caller's shed broken into and a lawnmower taken.");
        incident.put("crimeRelated", true);
        JsonNode registered = Api.as(port, Role.OFFICER).post("/api/incidents", incident).json();
        long crime = Api.as(port, Role.OFFICER).post("/api/incidents/" + registered.path("id").asLong() + "/crimes",
                Map.of("version", registered.path("version").asLong(), "offenceCode", "46",
                        "committedFrom", java.time.Instant.now().minusSeconds(7200).toString(),
                        "suspectIds", List.of())).json().get(0).path("id").asLong();
        Map<String, Object> report = new java.util.LinkedHashMap<>();
        report.put("personId", id);
        report.put("lastSeenAt", java.time.Instant.now().minusSeconds(5400).toString());
        report.put("lastSeenPlace", "Outside the library, Stratford Road");
        report.put("circumstances", "Did not come home from college; phone switched off.");
        report.put("reportedBy", "Her mother");
        report.put("reporterContact", "07700 900456");
        report.put("risk", Map.of("grade", "MEDIUM", "riskFactors", List.of("OUT_OF_CHARACTER"),
                "rationale", "Out of character; she has never stayed out before."));
        long episode = Api.as(port, Role.OFFICER).post("/api/missing/episodes", report).json().path("id").asLong();
        String upper = surname.toUpperCase(java.util.Locale.ROOT);
        assertThat(PageSession.as(port, OUTSIDER).get("/crimes/" + crime)).contains(upper);

        restrict(OWNER, id);
        String crimePage = PageSession.as(port, OUTSIDER).get("/crimes/" + crime);
        String episodePage = PageSession.as(port, OUTSIDER).get("/missing/episodes/" + episode);
        String crimePageForTeam = PageSession.as(port, MEMBER).get("/crimes/" + crime);

        assertThat(crimePage).contains("RESTRICTED RECORD").doesNotContain(upper).doesNotContain(surname);
        assertThat(episodePage).contains("RESTRICTED RECORD").doesNotContain(upper).doesNotContain(surname);
        assertThat(crimePageForTeam).contains(upper);
    }

    @Test
    void aPncIdTypedInTheSearchBoxFindsNoRestrictedPersonForAnOutsiderButTellsWhomToContact() {
        String pnc = "19/" + (1_000_000 + (System.nanoTime() % 8_999_999)) + "R";
        Api.Response created = Api.as(port, Role.OFFICER).post("/api/people", person("Carys", uniqueSurname())
                .with("identifiers", List.of(Map.of("type", "PNC_ID", "value", pnc))).build());
        long id = created.json().path("id").asLong();
        restrict(OWNER, id);

        JsonNode outsider = search(OUTSIDER, pnc);
        JsonNode member = search(MEMBER, pnc);

        assertThat(outsider.path("hits").isEmpty()).isTrue();
        assertThat(outsider.path("totalMatches").asInt()).isZero();
        assertThat(outsider.path("restrictedOwners").valueStream().map(JsonNode::asString)).containsExactly(OWNER);
        assertThat(ids(member)).containsExactly(id);
    }

    @Test
    void aBatchSearchOutputHoldsARestrictedPersonOnlyWhenRunBySomeoneTheyAreOpenTo() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);
        List<org.peel.match.NameQuery> queries = List.of(org.peel.match.NameQuery.parse("Carys " + surname));

        List<Long> forTheCommandLine = SystemIdentity.call("cli:batch", () -> search.searchAll(queries, 10,
                "names.csv", "Op Kestrel analysts", "Op Kestrel association chart")).get(0).stream()
                .map(org.peel.server.search.SearchHit::personId).toList();
        List<Long> forTheNamedAnalyst = as(TestUsers.ANALYST, "Intelligence", () -> search.searchAll(queries, 10,
                "names.csv", "Op Kestrel analysts", "Op Kestrel association chart")).get(0).stream()
                .map(org.peel.server.search.SearchHit::personId).toList();

        assertThat(forTheCommandLine).doesNotContain(id);
        assertThat(forTheNamedAnalyst).contains(id);
    }

    @Test
    void liftingTheRestrictionRestoresAccessAndKeepsTheHistory() {
        String surname = uniqueSurname();
        long id = restricted("Carys", surname);

        Api.Response lifted = Api.as(port, OWNER).delete("/api/people/" + id + "/restriction?reason="
                + URLEncoder.encode("Trial over, witness relocated", StandardCharsets.UTF_8));
        index.catchUp();

        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(Api.as(port, OUTSIDER).get("/api/people/" + id).status()).isEqualTo(200);
        assertThat(ids(search(OUTSIDER, "Carys " + surname))).contains(id);
        JsonNode restriction = Api.as(port, OUTSIDER).get("/api/people/" + id + "/restriction").json();
        assertThat(restriction.path("current").isNull()).isTrue();
        assertThat(restriction.path("history").get(0).path("liftReason").asString())
                .isEqualTo("Trial over, witness relocated");
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE record_type = 'person' AND record_id = :id"
                        + " AND action = 'ALTERATION' ORDER BY id").param("id", Long.toString(id))
                .query(String.class).list())
                .anySatisfy(detail -> assertThat(detail).startsWith("restricted person to t.analyst, team Op Kestrel"))
                .anySatisfy(detail -> assertThat(detail).startsWith("lifted the restriction").endsWith("relocated"));
    }

    @Test
    void aSupervisorTheRecordIsNotOpenToCannotLiftOrReplaceTheRestriction() {
        long id = restricted("Carys", uniqueSurname());

        assertThat(Api.as(port, OTHER_SUPERVISOR).delete("/api/people/" + id + "/restriction?reason="
                + URLEncoder.encode("I would like to see it", StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(restrict(OTHER_SUPERVISOR, id).status()).isEqualTo(403);
        assertThat(Api.as(port, OWNER).get("/api/people/" + id + "/restriction").json().path("current")
                .path("owner").asString()).isEqualTo(OWNER);
        assertThat(refusalsLogged(OTHER_SUPERVISOR, id)).hasSize(2);
    }

    @Test
    void aSupervisorTheRecordIsNotOpenToCannotEraseIt() {
        long id = restricted("Carys", uniqueSurname());

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> as(OTHER_SUPERVISOR, Role.SUPERVISOR, "Response",
                () -> people.erase(id, "No longer needed for a policing purpose")));

        assertThat(refused).isInstanceOf(org.peel.server.platform.RestrictedRecordException.class);
        assertThat(Api.as(port, OWNER).get("/api/people/" + id).status()).isEqualTo(200);
        assertThat(refusalsLogged(OTHER_SUPERVISOR, id)).singleElement().asString().contains("tried to erase");
    }

    @Test
    void anOfficerCannotRestrictARecord() {
        long id = record("Carys", uniqueSurname());

        assertThat(restrict(TestUsers.OFFICER, id).status()).isEqualTo(403);
        assertThat(Api.as(port, OUTSIDER).get("/api/people/" + id).status()).isEqualTo(200);
    }

    @Test
    void aRestrictionWithNobodyNamedOrNoReasonIsRefusedNamingTheFieldAndChangesNothing() {
        long id = record("Carys", uniqueSurname());

        Api.Response nobody = Api.as(port, OWNER).put("/api/people/" + id + "/restriction",
                Map.of("users", List.of(), "reason", "Protected witness in Op Kestrel"));
        Api.Response noReason = Api.as(port, OWNER).put("/api/people/" + id + "/restriction",
                Map.of("team", TEAM));
        Api.Response badTeam = Api.as(port, OWNER).put("/api/people/" + id + "/restriction",
                Map.of("team", "<script>", "reason", "Protected witness in Op Kestrel"));

        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.errorFields()).containsExactly("users");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(badTeam.errorFields()).containsExactly("team");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_restriction WHERE person_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRestrictionFormOnThePersonPageRestrictsAndLifts() {
        long id = record("Carys", uniqueSurname());
        PageSession supervisor = PageSession.as(port, OWNER);

        var restricted = supervisor.submit("/people/" + id, "/people/" + id + "/restriction",
                Map.of("users", TestUsers.ANALYST, "team", TEAM, "reason", "Protected witness in Op Kestrel"));
        int outsiderWhileRestricted = PageSession.as(port, OUTSIDER).page("/people/" + id).statusCode();
        var lifted = supervisor.submit("/people/" + id, "/people/" + id + "/restriction/lift",
                Map.of("reason", "Trial over, witness relocated"));

        assertThat(restricted.statusCode()).isEqualTo(302);
        assertThat(outsiderWhileRestricted).isEqualTo(403);
        assertThat(lifted.statusCode()).isEqualTo(302);
        assertThat(PageSession.as(port, OUTSIDER).page("/people/" + id).statusCode()).isEqualTo(200);
    }

    private static <T> T as(String username, String team, java.util.function.Supplier<T> work) {
        return as(username, Role.OFFICER, team, work);
    }

    private static <T> T as(String username, Role role, String team, java.util.function.Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()), new SimpleGrantedAuthority("TEAM_" + team))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
