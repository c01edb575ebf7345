package org.peel.server.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.AuditLog;
import org.peel.server.cases.CasesApi;
import org.peel.server.cases.Investigations;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.databind.JsonNode;

/**
 * The investigation pages over plain HTTP, as a browser without JavaScript uses them: each form posts to the cases
 * module, is refused with 400 naming the field and storing nothing, or redirects to the page that shows the change.
 */
@PeelIntegrationTest
class CasePagesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Investigations investigations;

    @Autowired
    AuditLog auditLog;

    @Autowired
    SearchIndexMaintenance index;

    @Autowired
    MutableClock clock;

    CasesApi api;
    String officer;
    String supervisor;
    PageSession officerPages;
    PageSession supervisorPages;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        api = new CasesApi(port, accounts);
        officer = api.newUser("pageofficer", Role.OFFICER);
        supervisor = api.newUser("pagesergeant", Role.SUPERVISOR);
        officerPages = PageSession.as(port, officer);
        supervisorPages = PageSession.as(port, supervisor);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode openWithCrime(long crimeId) {
        Map<String, Object> body = CasesApi.investigation(officer, supervisor);
        return api.open(officer, CasesApi.with(body, "crimes", CasesApi.crimeLink(crimeId, List.of(), null)));
    }

    private static long id(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/investigations/(\\d+).*", "$1"));
    }

    private static String unique(String stem) {
        StringBuilder letters = new StringBuilder(stem);
        UUID.randomUUID().toString().replace("-", "").chars().limit(8)
                .forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
        return letters.toString();
    }

    @Test
    void anOfficerOpensAnInvestigationFromACrimesPageAndSeesItInTheirWork() {
        JsonNode crime = api.crime();
        long crimeId = crime.path("id").asLong();
        String crimePage = officerPages.get("/crimes/" + crimeId);
        assertThat(crimePage).contains("href=\"/investigations/new?crimeId=" + crimeId + "\"", "Open an investigation");

        String form = officerPages.get("/investigations/new?crimeId=" + crimeId);
        assertThat(form).contains("value=\"" + crime.path("reference").asString() + "\"");
        HttpResponse<String> opened = officerPages.submit("/investigations/new?crimeId=" + crimeId,
                "/investigations/new", List.of(Map.entry("title", "Assault on the High Street"),
                        Map.entry("priority", "HIGH"), Map.entry("officerInCharge", officer),
                        Map.entry("supervisor", supervisor),
                        Map.entry("crimes[0].crimeId", crime.path("reference").asString().toLowerCase()),
                        Map.entry("crimes[0].flags", "DOMESTIC_ABUSE"), Map.entry("crimes[0].risk", "HIGH"),
                        Map.entry("plan", "Statement from the victim; house-to-house; arrest the partner.")));

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
        long id = id(opened);
        JsonNode investigation = api.view(id);
        assertThat(investigation.path("priority").asString()).isEqualTo("HIGH");
        assertThat(investigation.path("crimes").get(0).path("flags").toString()).contains("DOMESTIC_ABUSE");
        assertThat(CasesApi.tasksOfRule(investigation, "MARAC_REFERRAL")).hasSize(1);
        String page = officerPages.get("/investigations/" + id);
        assertThat(page).contains("Investigation " + investigation.path("reference").asString(),
                crime.path("reference").asString(), "Contact the victim", "house-to-house", "None yet");
        assertThat(officerPages.get("/crimes/" + crimeId)).contains("href=\"/investigations/" + id + "\"",
                "Investigation " + investigation.path("reference").asString());
        String work = officerPages.get("/investigations");
        assertThat(work).contains(investigation.path("reference").asString(), "Complete a domestic abuse risk assessment",
                "aria-current=\"page\">Investigations</a>");
    }

    @Test
    void aMissingEpisodesPageOffersAnInvestigationAndOnceOpenedLinksToIt() {
        long episode = api.missingEpisode("LOW");
        assertThat(officerPages.get("/missing/episodes/" + episode)).contains(
                "href=\"/investigations/new?missingEpisodeId=" + episode + "\"", "Open an investigation");
        String form = officerPages.get("/investigations/new?missingEpisodeId=" + episode);
        assertThat(form).contains("<option value=\"MISSING_PERSON_EPISODE\" selected=\"selected\">",
                "name=\"occurrences[0].missingEpisodeId\"", "value=\"" + episode + "\"");

        JsonNode investigation = api.open(officer, CasesApi.with(CasesApi.investigation(officer, supervisor),
                "occurrences", CasesApi.occurrence("MISSING_PERSON_EPISODE", episode)));

        String episodePage = officerPages.get("/missing/episodes/" + episode);
        assertThat(episodePage).contains("href=\"/investigations/" + investigation.path("id").asLong() + "\"",
                "Investigation " + investigation.path("reference").asString())
                .doesNotContain("missingEpisodeId=" + episode);
        assertThat(officerPages.get("/investigations/" + investigation.path("id").asLong()))
                .contains("href=\"/missing/episodes/" + episode + "\"");
    }

    @Test
    void anOpeningWithBadInputIsShownAgainNamingEachFieldAndNothingIsStored() {
        long before = investigations.count();
        String reference = api.crime().path("reference").asString();

        HttpResponse<String> unknownCrime = officerPages.submit("/investigations/new", "/investigations/new",
                Map.of("title", "Assault", "priority", "STANDARD", "supervisor", supervisor,
                        "crimes[0].crimeId", "CRM-1999-999999"));
        HttpResponse<String> refused = officerPages.submit("/investigations/new", "/investigations/new",
                Map.of("title", "", "priority", "STANDARD", "supervisor", "nobody-" + UUID.randomUUID(),
                        "crimes[0].crimeId", reference, "crimes[0].risk", "EXTREME",
                        "occurrences[0].occurredAt", ""));

        assertThat(unknownCrime.statusCode()).isEqualTo(400);
        assertThat(unknownCrime.body()).contains("There is a problem", "href=\"#crimes-0-crimeId\"",
                "no crime has the reference", "value=\"CRM-1999-999999\"", "<title>Error: ");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#title\"", "Title is required", "href=\"#supervisor\"",
                "is not a supervisor", "href=\"#crimes-0-risk\"", "EXTREME");
        assertThat(investigations.count()).isEqualTo(before);
    }

    @Test
    void aPersonIsFoundByNameChosenAndLinkedAndTheirPageAndHistoryLinkBack() {
        JsonNode crime = api.crime();
        JsonNode investigation = openWithCrime(crime.path("id").asLong());
        long id = investigation.path("id").asLong();
        String surname = unique("Pickme");
        long personId = api.officer().post("/api/people", PersonJson.person("Ottilie", surname)
                .with("datesOfBirth", List.of("1979-02-14")).build()).json().path("id").asLong();
        index.catchUp();

        String found = officerPages.get("/investigations/" + id + "?name=ottilie+" + surname);
        assertThat(found).contains(surname.toUpperCase() + ", Ottilie", "name=\"personId\" value=\"" + personId + "\"");
        HttpResponse<String> empty = officerPages.page("/investigations/" + id + "?name=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Name is required");

        HttpResponse<String> linked = officerPages.submit("/investigations/" + id, "/investigations/" + id + "/person",
                Map.of("version", String.valueOf(investigation.path("version").asLong()),
                        "personId", String.valueOf(personId), "role", "WITNESS"));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(302);
        JsonNode after = api.view(id);
        assertThat(after.path("people").get(0).path("personId").asLong()).isEqualTo(personId);
        assertThat(after.path("people").get(0).path("role").asString()).isEqualTo("WITNESS");

        String reference = investigation.path("reference").asString();
        String personPage = officerPages.get("/people/" + personId);
        assertThat(personPage).contains(">Investigation</h3>", reference, "Witness",
                "href=\"/people/" + personId + "/history\"");
        String history = officerPages.get("/people/" + personId + "/history");
        assertThat(history).contains("History of " + surname.toUpperCase(), reference,
                "href=\"/investigations/" + id + "\"");
    }

    @Test
    void aPersonsHistoryListsTheirCrimesOccurrencesAndInvestigationsOldestFirst() {
        long victim = api.adult();
        JsonNode crime = api.crime(victim, "8N");
        clock.advance(Duration.ofMinutes(5));
        Map<String, Object> body = CasesApi.investigation(officer, supervisor);
        CasesApi.with(body, "occurrences", CasesApi.occurrence("CONCERN_FOR_CHILD", null));
        CasesApi.with(body, "people", Map.of("personId", victim, "role", "REPORTING_PERSON"));
        JsonNode investigation = api.open(officer, body);

        String history = officerPages.get("/people/" + victim + "/history");

        int crimeAt = history.indexOf(crime.path("reference").asString());
        int occurrenceAt = history.indexOf("In " + investigation.path("reference").asString());
        int investigationAt = history.indexOf(">" + investigation.path("reference").asString() + "<");
        assertThat(occurrenceAt).as("the occurrence, 90 minutes before the investigation").isPositive();
        assertThat(crimeAt).as("the crime, recorded 5 minutes before the investigation").isGreaterThan(occurrenceAt);
        assertThat(investigationAt).as("the investigation, opened last").isGreaterThan(crimeAt);
        assertThat(history).contains("Reporting person", "Concern for a child");
    }

    @Test
    void closingOnThePageIsRefusedWhileACrimeHasNoOutcomeThenAcceptedOnceItHasOne() {
        long crimeId = api.crime().path("id").asLong();
        JsonNode investigation = openWithCrime(crimeId);
        long id = investigation.path("id").asLong();
        String page = "/investigations/" + id;

        HttpResponse<String> refused = supervisorPages.submit(page, page + "/status", Map.of("version",
                String.valueOf(investigation.path("version").asLong()), "status", "CLOSED",
                "rationale", "Every line of enquiry is complete."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no Home Office outcome", "Every line of enquiry is complete.");
        assertThat(api.view(id).path("status").asString()).isEqualTo("OPEN");

        api.finalise(crimeId);
        HttpResponse<String> closed = supervisorPages.submit(page, page + "/status", Map.of("version",
                String.valueOf(investigation.path("version").asLong()), "status", "CLOSED",
                "rationale", "Every line of enquiry is complete."));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
        assertThat(api.view(id).path("status").asString()).isEqualTo("CLOSED");
        assertThat(officerPages.get(page)).contains("Closed on", "Every line of enquiry is complete.");
    }

    @Test
    void anOfficerCannotRecordASupervisorsReviewAndIsNotOfferedTheForm() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        String page = "/investigations/" + investigation.path("id").asLong();
        assertThat(officerPages.get(page)).doesNotContain("id=\"review-title\"");
        assertThat(supervisorPages.get(page)).contains("id=\"review-title\"");

        HttpResponse<String> refused = officerPages.submit(page, page + "/review", Map.of("version",
                String.valueOf(investigation.path("version").asLong()), "rationale", "I reviewed my own case."));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(api.view(investigation.path("id").asLong()).path("review").path("lastReviewedAt").isNull()).isTrue();
    }

    @Test
    void theTeamViewShowsAnOverdueReviewAndTheSupervisorsReviewClearsIt() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        String reference = investigation.path("reference").asString();
        clock.advance(Duration.ofDays(29));

        String team = supervisorPages.get("/investigations/team");
        assertThat(team).contains("Team view: " + supervisor, reference, "Contact the victim");
        String page = "/investigations/" + investigation.path("id").asLong();
        assertThat(supervisorPages.get(page)).contains("Supervisor review overdue");
        HttpResponse<String> reviewed = supervisorPages.submit(page, page + "/review", Map.of("version",
                String.valueOf(investigation.path("version").asLong()),
                "rationale", "Statement taken; chase CCTV from the shop by Friday."));

        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(302);
        assertThat(supervisorPages.get("/investigations/team")).doesNotContain(reference + "</a></td>\n          <td");
        assertThat(officerPages.get(page)).contains("Supervisor review", "chase CCTV").doesNotContain(
                "Supervisor review overdue");
    }

    @Test
    void thePlanKeepsEachVersionAndTheLogTakesACorrection() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        long id = investigation.path("id").asLong();
        String page = "/investigations/" + id;

        HttpResponse<String> planned = officerPages.submit(page, page + "/plan", Map.of("version",
                String.valueOf(investigation.path("version").asLong()), "text", "Second plan: trace the van."));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(302);
        HttpResponse<String> noted = officerPages.submit(page, page + "/log", Map.of("kind", "NOTE",
                "text", "Van seen at 10:14."));
        long entry = api.view(id).path("log").get(0).path("id").asLong();
        HttpResponse<String> corrected = officerPages.submit(page, page + "/log", Map.of("kind", "NOTE",
                "text", "Van seen at 10:41, not 10:14.", "correctsEntryId", String.valueOf(entry)));
        HttpResponse<String> refused = officerPages.submit(page, page + "/log", Map.of("kind", "DECISION",
                "text", "No further action on the van."));

        assertThat(noted.statusCode()).isEqualTo(302);
        assertThat(corrected.statusCode()).isEqualTo(302);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Rationale", "No further action on the van.");
        String shown = officerPages.get(page);
        assertThat(shown).contains("Plan, version 2", "Second plan: trace the van.", "Earlier versions (1)",
                "Take the victim", "Corrected by entry", "Corrects entry " + entry, "Van seen at 10:14.");
    }

    @Test
    void theOfficerInChargeIsChangedOnThePageWithAReasonWrittenToTheLog() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        long id = investigation.path("id").asLong();
        String page = "/investigations/" + id;
        String successor = api.newUser("pagesuccessor", Role.OFFICER);
        Map<String, String> fields = new java.util.HashMap<>(Map.of("version",
                String.valueOf(investigation.path("version").asLong()), "title", "Assault at 12 High Street",
                "priority", "HIGH", "officerInCharge", successor, "supervisor", supervisor));

        HttpResponse<String> refused = supervisorPages.submit(page, page + "/details", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Reason", "value=\"" + successor + "\"");
        assertThat(api.view(id).path("officerInCharge").asString()).isEqualTo(officer);

        fields.put("reason", "PC moves to the burglary team; handed over in person.");
        HttpResponse<String> changed = supervisorPages.submit(page, page + "/details", fields);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
        JsonNode after = api.view(id);
        assertThat(after.path("officerInCharge").asString()).isEqualTo(successor);
        assertThat(after.path("priority").asString()).isEqualTo("HIGH");
        assertThat(officerPages.get(page)).contains("Allocation", "handed over in person");
        assertThat(PageSession.as(port, successor).get("/investigations")).contains(after.path("reference").asString());
    }

    @Test
    void aCrimeFlaggedHighRiskDomesticAbuseOnThePageGetsItsMaracReferralTask() {
        long crimeId = api.crime().path("id").asLong();
        JsonNode investigation = openWithCrime(crimeId);
        long id = investigation.path("id").asLong();
        String page = "/investigations/" + id;
        String flagsPath = page + "/crimes/" + crimeId + "/flags";
        assertThat(officerPages.get(page)).contains("action=\"" + flagsPath + "\"");
        assertThat(CasesApi.tasksOfRule(investigation, "MARAC_REFERRAL")).isEmpty();

        HttpResponse<String> refused = officerPages.submit(page, flagsPath, List.of(
                Map.entry("version", String.valueOf(investigation.path("version").asLong())),
                Map.entry("flags", "DOMESTIC_ABUSE"), Map.entry("risk", "SEVERE")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("SEVERE");
        HttpResponse<String> flagged = officerPages.submit(page, flagsPath, List.of(
                Map.entry("version", String.valueOf(investigation.path("version").asLong())),
                Map.entry("flags", "DOMESTIC_ABUSE"), Map.entry("risk", "HIGH")));

        assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(302);
        JsonNode after = api.view(id);
        assertThat(after.path("crimes").get(0).path("risk").asString()).isEqualTo("HIGH");
        assertThat(CasesApi.tasksOfRule(after, "MARAC_REFERRAL")).hasSize(1);
        assertThat(CasesApi.tasksOfRule(after, "DOMESTIC_ABUSE_RISK_ASSESSMENT")).hasSize(1);
    }

    @Test
    void tasksAreAddedCompletedAndReallocatedFromThePage() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        long id = investigation.path("id").asLong();
        String page = "/investigations/" + id;
        String colleague = api.newUser("pagecolleague", Role.OFFICER);

        HttpResponse<String> badTask = officerPages.submit(page, page + "/task", Map.of("title", "",
                "dueAt", "tomorrow"));
        assertThat(badTask.statusCode()).isEqualTo(400);
        assertThat(badTask.body()).contains("Title is required", "Due &#39;tomorrow&#39; is not a date and time");
        HttpResponse<String> added = officerPages.submit(page, page + "/task", Map.of("title", "Seize the CCTV",
                "dueAt", java.time.LocalDateTime.now().plusDays(2).withSecond(0).withNano(0).toString()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        JsonNode task = api.view(id).path("tasks").valueStream()
                .filter(each -> each.path("title").asString().equals("Seize the CCTV")).findFirst().orElseThrow();
        String taskPath = page + "/tasks/" + task.path("id").asLong();

        HttpResponse<String> given = officerPages.submit(page, taskPath + "/allocation", Map.of("version",
                String.valueOf(task.path("version").asLong()), "owner", colleague,
                "reason", "She knows the shop owner."));
        assertThat(given.statusCode()).as(given.body()).isEqualTo(302);
        HttpResponse<String> stale = PageSession.as(port, colleague).submit(page, taskPath + "/completion",
                Map.of("version", String.valueOf(task.path("version").asLong()), "result", "Seized."));
        assertThat(stale.statusCode()).as("the task changed since that version").isEqualTo(409);
        HttpResponse<String> done = PageSession.as(port, colleague).submit(page, taskPath + "/completion",
                Map.of("version", String.valueOf(task.path("version").asLong() + 1), "result", "Seized, 3 hours."));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);

        assertThat(officerPages.get(page)).contains("Seized, 3 hours.", "from " + officer + " to " + colleague,
                "She knows the shop owner.");
    }

    @Test
    void theCaseSummaryIsAPdfAndItsDisclosureIsAudited() throws IOException {
        long victim = api.adult();
        JsonNode crime = api.crime(victim, "8N");
        Map<String, Object> body = CasesApi.investigation(officer, supervisor);
        CasesApi.with(body, "crimes", CasesApi.crimeLink(crime.path("id").asLong(), List.of(), null));
        CasesApi.with(body, "people", Map.of("personId", victim, "role", "VICTIM"));
        JsonNode investigation = api.open(officer, body);
        long id = investigation.path("id").asLong();
        String reference = investigation.path("reference").asString();
        String victimName = investigation.path("people").get(0).path("name").asString();

        HttpResponse<String> refused = officerPages.page("/investigations/" + id + "/summary?recipient=&purpose=");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Recipient is required", "Purpose is required");
        assertThat(disclosures(id)).isEmpty();

        HttpResponse<byte[]> pdf = officerPages.bytes("/investigations/" + id
                + "/summary?recipient=CPS+Direct&purpose=Charging+decision");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(reference + ".pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Case summary " + reference, victimName, "Victim",
                crime.path("reference").asString(), "No outcome yet", "Take the victim", "Contact the victim",
                "Disclosed to CPS Direct for Charging decision by " + officer, "OFFICIAL-SENSITIVE");
        List<AuditEntry> disclosed = disclosures(id);
        assertThat(disclosed).hasSize(1);
        assertThat(disclosed.get(0).username()).isEqualTo(officer);
        assertThat(disclosed.get(0).detail()).contains(reference, "CPS Direct", "Charging decision");

        Api.Response overApi = api.as(officer).get("/api/investigations/" + id + "/summary.pdf?recipient=Social+care"
                + "&purpose=Strategy+meeting");
        assertThat(overApi.status()).isEqualTo(200);
        assertThat(disclosures(id)).hasSize(2);
        assertThat(api.as(officer).get("/api/investigations/" + id + "/summary.pdf").errorFields())
                .containsExactly("recipient", "purpose");
    }

    private List<AuditEntry> disclosures(long id) {
        return auditLog.entriesFor(Investigations.RECORD_TYPE, id).stream()
                .filter(entry -> entry.action() == AuditAction.DISCLOSURE).toList();
    }

    @Test
    void theSafeguardingViewListsADomesticIncidentAwaitingItsRiskAssessment() {
        Map<String, Object> body = CasesApi.investigation(officer, supervisor);
        JsonNode investigation = api.open(officer, CasesApi.with(body, "occurrences",
                CasesApi.occurrence("DOMESTIC_INCIDENT", null)));

        String view = officerPages.get("/investigations/safeguarding");

        assertThat(view).contains("Safeguarding view", investigation.path("reference").asString(),
                "Complete a domestic abuse risk assessment");
    }

    @Test
    void theInvestigationsAreInTheNavigationAndAnAnalystSeesNoForms() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong());
        PageSession analyst = PageSession.as(port, org.peel.server.testing.TestUsers.ANALYST);

        String page = analyst.get("/investigations/" + investigation.path("id").asLong());

        assertThat(page).contains("href=\"/investigations\"", investigation.path("reference").asString())
                .doesNotContain("id=\"log-form-title\"", "id=\"task-form-title\"", "id=\"status-title\"");
    }
}
