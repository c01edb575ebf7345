package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.SystemIdentity;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input never breaks Peel: every operation of the API (read from its own OpenAPI document) and every form the
 * pages post (read from the pages themselves) is sent mutated values (wrong types, huge text, NUL, half a surrogate
 * pair, impossible dates and numbers, odd list indexes, broken bodies), and no answer is a 5xx, and no refused
 * request (4xx) leaves a row behind in any table. Bounded and seeded: {@code -Dpeel.fuzz.seed=N} replays a run,
 * {@code -Dpeel.fuzz.rounds=N} sets how many mutations each operation gets.
 */
@PeelIntegrationTest
class BadInputFuzzTest {

    private static final long SEED = Long.getLong("peel.fuzz.seed", 20261130L);
    private static final int ROUNDS = Integer.getInteger("peel.fuzz.rounds", 10);
    /** Written as its own escape in JSON, so that it reaches the server as the lone surrogate it is. */
    private static final String LONE_SURROGATE = "Smi\uD800th";
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Tables that a refused request may still write: the lawful log records refused and failed attempts. */
    private static final List<String> MAY_CHANGE_WHEN_REFUSED = List.of("audit_entry", "flyway_schema_history");
    private static final Role[] ROLES = {Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private Map<String, Long> ids;
    private List<String> tables;

    @BeforeEach
    void recordsToAimAt() {
        Records records = new Records(port);
        ids = new LinkedHashMap<>();
        long person = records.person("Fuzz");
        ids.put("person", person);
        Api officer = records.officer();
        Instant reported = Instant.now().minusSeconds(3600);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("reportedAt", reported.toString());
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of(person));
        incident.put("location", Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "b11 4ab"));
        incident.put("account", "Caller says a man punched her outside the shop and ran off.");
        incident.put("crimeRelated", true);
        JsonNode registered = created(officer.post("/api/incidents", incident));
        ids.put("incident", registered.path("id").asLong());
        JsonNode crimes = created(officer.post("/api/incidents/" + registered.path("id").asLong() + "/crimes",
                Map.of("version", registered.path("version").asLong(), "offenceCode", "8N",
                        "committedFrom", reported.minusSeconds(1800).toString(),
                        "committedTo", reported.minusSeconds(1200).toString(),
                        "modusOperandi", "Punched the victim once.")));
        ids.put("crime", crimes.get(0).path("id").asLong());
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("personId", person);
        report.put("lastSeenAt", reported.toString());
        report.put("lastSeenPlace", "Outside the library");
        report.put("circumstances", "Left home after an argument and did not come back.");
        report.put("lastSeenPostcode", "b11 4ab");
        report.put("lastSeenBy", "Her sister");
        report.put("description", "Blue hooded top, black jeans, white trainers.");
        report.put("inCare", false);
        report.put("reportedBy", "Her mother");
        report.put("reporterContact", "07700 900123");
        report.put("risk", Map.of("grade", "MEDIUM", "riskFactors", List.of("OUT_OF_CHARACTER"),
                "rationale", "Out of character; the weather is cold tonight and she has no coat."));
        JsonNode episode = created(officer.post("/api/missing/episodes", report));
        ids.put("episode", episode.path("id").asLong());
        ids.put("assessment", episode.path("assessments").path(0).path("id").asLong(1));
        tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE LOWER(table_schema) IN ('public') AND table_type IN ('BASE TABLE', 'TABLE')""")
                .query(String.class).list().stream().map(String::toLowerCase)
                .filter(table -> !MAY_CHANGE_WHEN_REFUSED.contains(table)).sorted().toList();
        assertThat(tables).contains("person", "crime", "missing_episode");
    }

    private static JsonNode created(Api.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    @Test
    void noApiOperationAnswersBadInputWithAServerErrorOrAPartialWrite() {
        before = counts();
        JsonNode document = Api.parse(api(Role.OFFICER).get("/v3/api-docs").body());
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                for (int round = 0; round < ROUNDS; round++) {
                    sendMutated(document, path.getKey(), operation.getKey().toUpperCase(), operation.getValue());
                }
            }
        }
        System.out.println("Fuzzed " + operations + " API operations (seed " + SEED + "): answers by status "
                + statuses);
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    @Test
    void noFormPostAnswersBadInputWithAServerErrorOrAPartialWrite() {
        Map<String, Role> pages = new LinkedHashMap<>();
        pages.put("/people/new", Role.OFFICER);
        pages.put("/people/" + ids.get("person") + "/edit", Role.OFFICER);
        pages.put("/missing/new", Role.OFFICER);
        pages.put("/missing/episodes/" + ids.get("episode"), Role.SUPERVISOR);
        pages.put("/incidents/new", Role.OFFICER);
        pages.put("/incidents/" + ids.get("incident"), Role.OFFICER);
        pages.put("/crimes/" + ids.get("crime"), Role.CRIME_REGISTRAR);
        pages.put("/", Role.OFFICER);
        pages.put("/crime/compliance", Role.SUPERVISOR);
        pages.put("/people", Role.OFFICER);
        pages.put("/crime", Role.OFFICER);
        pages.put("/admin/users", Role.ADMIN);
        String target = "t.fuzz-" + Long.toString(random.nextLong() & 0xffffffffL, 36);
        SystemIdentity.run(CurrentUser.SYSTEM, () -> accounts.createIfAbsent(target, "Fuzz Target",
                "fuzz target password", java.util.EnumSet.of(Role.OFFICER)));
        pages.put("/admin/users/" + target, Role.ADMIN);
        int forms = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, Role> page : pages.entrySet()) {
            for (Form form : new PageSession(page.getValue()).forms(page.getKey())) {
                if (!seen.add(form.method + " " + form.action)) {
                    continue;
                }
                forms++;
                for (int round = 0; round < ROUNDS; round++) {
                    PageSession fresh = new PageSession(page.getValue());
                    Form current = fresh.forms(page.getKey()).stream()
                            .filter(f -> f.action.equals(form.action)).findFirst().orElse(form);
                    fresh.submit(current, mutateInRound(current.fields, round));
                }
            }
        }
        System.out.println("Fuzzed " + forms + " page forms (seed " + SEED + "): answers by status " + statuses);
        assertThat(forms).as("forms found on the pages").isGreaterThan(10);
        assertThat(failures).isEmpty();
    }

    @Test
    void aHugeNameInTheDuplicateCheckIsRefusedAsItIsRead() {
        Map<String, Object> name = Map.of("surname", "Smith" + "x".repeat(1_000_000), "forenames", "John");
        Api.Response answer = api(Role.OFFICER).post("/api/search/duplicates", Map.of("names", List.of(name)));
        assertThat(answer.status()).as(answer.toString()).isIn(400, 413);

        Map<String, Object> shorter = Map.of("surname", "Smith" + "x".repeat(5_000), "forenames", "John");
        Api.Response refused = api(Role.OFFICER).post("/api/search/duplicates", Map.of("names", List.of(shorter)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("names[0].surname");
    }

    @Test
    void aNulByteOrAHalfSurrogateInAJsonTextIsRefusedNamingTheField() {
        for (String surname : List.of("Smi\u0000th", LONE_SURROGATE)) {
            Map<String, Long> before = counts();
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("sex", "MALE");
            person.put("names", List.of(Map.of("forenames", "John", "surname", surname)));
            Api.Response answer = send("POST", "/api/people", Role.OFFICER, JSON.writeValueAsString(person),
                    "application/json");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.errorFields()).containsExactly("names[0].surname");
            assertThat(counts()).isEqualTo(before);
        }
    }

    @Test
    void aDateInTheYearMinus999999999IsRefused() {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("reportedAt", "-999999999-01-01T00:00:00Z");
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("location", Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "b11 4ab"));
        incident.put("account", "Caller says a man punched her outside the shop and ran off.");
        incident.put("crimeRelated", true);
        Api.Response answer = api(Role.OFFICER).post("/api/incidents", incident);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("reportedAt");
    }

    @Test
    void aPageFarPastTheEndOfAListIsRefused() {
        Api.Response people = api(Role.OFFICER).get("/api/people?page=2147483647&size=50");
        assertThat(people.status()).as(people.toString()).isEqualTo(400);
        assertThat(people.errorFields()).containsExactly("page");
        Api.Response search = api(Role.OFFICER).get("/api/search/people?q=smith&page=2147483647&size=100");
        assertThat(search.status()).as(search.toString()).isEqualTo(400);
        assertThat(search.errorFields()).containsExactly("page");
    }

    @Test
    void aFormRowIndexFarPastTheLimitIsRefused() {
        PageSession session = new PageSession(Role.OFFICER);
        Form form = session.forms("/people/new").stream().filter(f -> f.action.equals("/people/new")).findFirst()
                .orElseThrow();
        List<String[]> fields = mutate(form.fields, 0);
        fields.add(new String[] {"names[99999].surname", "Smith"});
        assertThat(session.submit(form, fields)).isEqualTo(400);
    }

    @Test
    void aConfirmationNamingNoAssessmentByNumberIsRefused() {
        PageSession session = new PageSession(Role.SUPERVISOR);
        String action = "/missing/episodes/" + ids.get("episode") + "/confirmation";
        Form form = session.forms("/missing/episodes/" + ids.get("episode")).stream()
                .filter(f -> f.action.equals(action)).findFirst().orElseThrow();
        List<String[]> fields = mutate(form.fields, 0);
        fields.removeIf(field -> field[0].equals("assessmentId"));
        fields.add(new String[] {"assessmentId", "abc"});
        assertThat(session.submit(form, fields)).isEqualTo(400);
        assertThat(failures).isEmpty();
    }

    // ---- the API, from its OpenAPI document

    private void sendMutated(JsonNode document, String template, String method, JsonNode operation) {
        Role role = ROLES[random.nextInt(ROLES.length)];
        StringBuilder query = new StringBuilder();
        String path = template;
        boolean mutateParameters = random.nextBoolean() || !operation.has("requestBody");
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            String value = mutateParameters && random.nextInt(3) > 0 ? encodedMutation(name)
                    : URLEncoder.encode(plausible(name, parameter.path("schema")), StandardCharsets.UTF_8);
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", value.isEmpty() ? "0" : value);
            } else if (in.equals("query") && (random.nextBoolean() || parameter.path("required").asBoolean())) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        }
        String body = null;
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (!schema.isMissingNode()) {
            body = mutatedBody(document, schema);
        }
        check(method + " " + path + query, send(method, path + query, role, body, "application/json"), body);
    }

    private String mutatedBody(JsonNode document, JsonNode schema) {
        int kind = random.nextInt(12);
        switch (kind) {
            case 0:
                return List.of("", "{", "[]", "null", "\"text\"", "12", "{\"a\":", "{}", "[[[[[[[[[[]]]]]]]]]]")
                        .get(random.nextInt(9));
            case 1:
                return "{\"names\":[{\"surname\":\"" + "x".repeat(1_100_000) + "\"}]}";
            default:
                JsonNode sample = sample(document, schema, 0);
                int changes = 1 + random.nextInt(3);
                for (int i = 0; i < changes; i++) {
                    sample = mutateSomewhere(sample);
                }
                return JSON.writeValueAsString(sample);
        }
    }

    /** A value for {@code schema} that Peel might accept: the base that the mutations change. */
    private JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            return depth > 6 ? nodes.nullNode()
                    : sample(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        String type = schema.path("type").asString();
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size()));
        }
        switch (type) {
            case "object": {
                ObjectNode object = nodes.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    JsonNode propertySchema = property.getValue();
                    if (!propertySchema.has("$ref") && !"object".equals(propertySchema.path("type").asString())
                            && !"array".equals(propertySchema.path("type").asString())) {
                        object.set(property.getKey(), nodes.stringNode(plausible(property.getKey(), propertySchema)));
                        if (!"string".equals(propertySchema.path("type").asString())) {
                            object.set(property.getKey(), typed(property.getKey(), propertySchema));
                        }
                    } else {
                        object.set(property.getKey(), sample(document, propertySchema, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = nodes.arrayNode();
                int size = 1 + random.nextInt(2);
                for (int i = 0; i < size; i++) {
                    array.add(sample(document, schema.path("items"), depth + 1));
                }
                return array;
            }
            default:
                return typed("value", schema);
        }
    }

    private JsonNode typed(String name, JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (schema.path("type").asString()) {
            case "integer" -> nodes.numberNode(name.toLowerCase().contains("version") ? 0L : id(name));
            case "number" -> nodes.numberNode(1.5);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            default -> nodes.stringNode(plausible(name, schema));
        };
    }

    /** Text a field of that name would plausibly hold, so that mutations reach past the first check. */
    private String plausible(String name, JsonNode schema) {
        String lower = name.toLowerCase();
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        if ("integer".equals(schema.path("type").asString())) {
            return lower.contains("version") ? "0" : lower.equals("page") ? "0"
                    : lower.equals("size") || lower.equals("limit") ? "20" : Long.toString(id(name));
        }
        if (lower.endsWith("at") || lower.endsWith("from") && !lower.contains("born") || lower.endsWith("to")
                && !lower.contains("born")) {
            return Instant.now().minusSeconds(7200).toString();
        }
        if (lower.contains("date") || lower.contains("born") || lower.equals("dob")) {
            return "1985-03-12";
        }
        if (lower.contains("postcode")) {
            return "B11 4AB";
        }
        if (lower.equals("q") || lower.contains("surname")) {
            return "Smith";
        }
        if (lower.contains("code")) {
            return "8N";
        }
        return "Some plain words about it";
    }

    private long id(String name) {
        String lower = name.toLowerCase();
        for (Map.Entry<String, Long> known : ids.entrySet()) {
            if (lower.contains(known.getKey())) {
                return known.getValue();
            }
        }
        List<Long> all = new ArrayList<>(ids.values());
        return all.get(random.nextInt(all.size()));
    }

    /** {@code node} with one value somewhere inside it replaced by a mutation. */
    private JsonNode mutateSomewhere(JsonNode node) {
        if (node instanceof ObjectNode object && !object.isEmpty() && random.nextInt(4) > 0) {
            List<String> names = new ArrayList<>();
            object.properties().forEach(property -> names.add(property.getKey()));
            String name = names.get(random.nextInt(names.size()));
            object.set(name, mutateSomewhere(object.get(name)));
            return object;
        }
        if (node instanceof ArrayNode array && !array.isEmpty() && random.nextInt(4) > 0) {
            int index = random.nextInt(array.size());
            array.set(index, mutateSomewhere(array.get(index)));
            return array;
        }
        return jsonMutation();
    }

    private JsonNode jsonMutation() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(16)) {
            case 0 -> nodes.stringNode("x".repeat(20_000));
            case 1 -> nodes.stringNode("Smi\u0000th");
            case 2 -> nodes.stringNode(LONE_SURROGATE);
            case 3 -> nodes.stringNode("-999999999-01-01");
            case 4 -> nodes.stringNode("+999999999-12-31T23:59:59Z");
            case 5 -> nodes.numberNode(Long.MAX_VALUE);
            case 6 -> nodes.numberNode(-1L);
            case 7 -> nodes.numberNode(1e308);
            case 8 -> nodes.nullNode();
            case 9 -> nodes.booleanNode(true);
            case 10 -> nodes.objectNode().put("unexpected", 1);
            case 11 -> {
                ArrayNode many = nodes.arrayNode();
                for (int i = 0; i < 2_000; i++) {
                    many.add("B11 4AB");
                }
                yield many;
            }
            case 12 -> nodes.stringNode("2026-02-30");
            case 13 -> nodes.stringNode("99999999999999999999");
            case 14 -> nodes.stringNode("x".repeat(9_000));
            default -> nodes.stringNode("<script>alert(1)</script>'; DROP TABLE person; --");
        };
    }

    /** A mutated value for a query string or form, already URL-encoded (some are bytes no encoder would write). */
    private String encodedMutation(String name) {
        return switch (random.nextInt(17)) {
            case 0 -> "abc";
            case 1 -> "-1";
            case 2 -> "2147483647";
            case 3 -> "99999999999999999999";
            case 4 -> "%00";
            case 5 -> "Smi%ED%A0%80th";
            case 6 -> "%C0%80";
            case 7 -> "x".repeat(20_000);
            case 8 -> "-999999999-01-01";
            case 9 -> "%2B999999999-12-31T23%3A59";
            case 10 -> "";
            case 11 -> "2026-13-45";
            case 12 -> "%FF%FE";
            case 13 -> "1e3";
            case 14 -> "x".repeat(2_000);
            case 15 -> "%0D%0AX-Injected%3A+yes";
            default -> URLEncoder.encode("ÀÉÎ 😀 名前", StandardCharsets.UTF_8);
        };
    }

    // ---- the pages' forms

    private record Form(String method, String action, List<String[]> fields) {
    }

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "<(input|select|textarea)\\b([^>]*)>(?:(.*?)</(?:select|textarea)>)?", Pattern.DOTALL);

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }

    /**
     * {@code fields} with one to three of them mutated: in round {@code round} the field at that position (so that
     * every field of a form is mutated in some round), and a field that holds a number gets a value of the wrong kind
     * half the time (a non-numeric id is the commonest way a form breaks).
     */
    private List<String[]> mutateInRound(List<String[]> fields, int round) {
        List<String[]> mutated = mutate(fields, 1 + random.nextInt(3));
        List<Integer> mutable = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i)[0].equals("_csrf")) {
                mutable.add(i);
            }
        }
        if (!mutable.isEmpty()) {
            int index = mutable.get(round % mutable.size());
            String[] field = mutated.get(index);
            field[1] = fields.get(index)[1].matches("-?\\d+") && random.nextBoolean()
                    ? List.of("abc", "1e3", "99999999999999999999", "-1", "").get(random.nextInt(5))
                    : encodedMutation(field[0]);
        }
        return mutated;
    }

    /** {@code fields} URL-encoded, with {@code changes} of them mutated. */
    private List<String[]> mutate(List<String[]> fields, int changes) {
        List<String[]> mutated = new ArrayList<>();
        for (String[] field : fields) {
            mutated.add(new String[] {field[0], URLEncoder.encode(field[1], StandardCharsets.UTF_8)});
        }
        if (changes == 0) {
            return mutated;
        }
        for (int i = 0; i < changes && !mutated.isEmpty(); i++) {
            String[] field = mutated.get(random.nextInt(mutated.size()));
            if (field[0].equals("_csrf")) {
                continue;
            }
            switch (random.nextInt(6)) {
                case 0 -> field[0] = field[0].replaceFirst("\\[\\d+]", "[" + List.of("99999", "-1", "abc",
                        "2147483648", "63", "64").get(random.nextInt(6)) + "]");
                case 1 -> mutated.add(new String[] {field[0], encodedMutation(field[0])});
                default -> field[1] = encodedMutation(field[0]);
            }
        }
        if (random.nextInt(8) == 0) {
            mutated.add(new String[] {"names[99999].surname", "Smith"});
        }
        return mutated;
    }

    /** A signed-in page session (Basic credentials and the session cookie that holds the CSRF token). */
    private final class PageSession {

        private final Role role;
        private String cookie;

        PageSession(Role role) {
            this.role = role;
        }

        List<Form> forms(String page) {
            HttpResponse<String> answer = http(HttpRequest.newBuilder(uri(page)).GET());
            if (answer == null) {
                return List.of();
            }
            answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(answer.body());
            while (form.find()) {
                String method = attribute(form.group(1), "method");
                String action = attribute(form.group(1), "action");
                if (action == null || action.contains("/logout")) {
                    continue;
                }
                List<String[]> fields = new ArrayList<>();
                Matcher field = FIELD.matcher(form.group(2));
                while (field.find()) {
                    String name = attribute(field.group(2), "name");
                    if (name == null) {
                        continue;
                    }
                    String type = attribute(field.group(2), "type");
                    if (("checkbox".equals(type) || "radio".equals(type))
                            && !field.group(2).contains("checked")) {
                        if (fields.stream().anyMatch(f -> f[0].equals(name))) {
                            continue;
                        }
                    }
                    String value = switch (field.group(1)) {
                        case "select" -> {
                            Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]+)\"")
                                    .matcher(field.group(3) == null ? "" : field.group(3));
                            yield option.find() ? option.group(1) : "";
                        }
                        case "textarea" -> field.group(3) == null ? "" : field.group(3);
                        default -> {
                            String given = attribute(field.group(2), "value");
                            yield given == null ? "" : given;
                        }
                    };
                    fields.add(new String[] {name, value.replace("&amp;", "&")});
                }
                forms.add(new Form(method == null ? "get" : method.toLowerCase(), action, fields));
            }
            return forms;
        }

        /** Sends the form with {@code fields} (already URL-encoded) and judges the answer: its status (0 if none). */
        int submit(Form form, List<String[]> fields) {
            StringBuilder encoded = new StringBuilder();
            for (String[] field : fields) {
                encoded.append(encoded.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(field[0], StandardCharsets.UTF_8).replace("%5B", "[")
                                .replace("%5D", "]"))
                        .append('=').append(field[1]);
            }
            String description = form.method.toUpperCase() + " " + form.action + " as " + role;
            Map<String, Long> before = counts();
            HttpRequest.Builder request;
            if (form.method.equals("post")) {
                request = HttpRequest.newBuilder(uri(form.action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded.toString()));
            } else {
                request = HttpRequest.newBuilder(uri(form.action + (form.action.contains("?") ? "&" : "?")
                        + encoded)).GET();
            }
            HttpResponse<String> answer = http(request);
            if (answer == null) {
                return 0;
            }
            judge(description, answer.statusCode(), answer.body(), before, encoded.toString());
            return answer.statusCode();
        }

        private HttpResponse<String> http(HttpRequest.Builder request) {
            String credentials = TestUsers.username(role) + ":" + TestUsers.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            request.timeout(Duration.ofSeconds(60));
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException closed) {
                // The server may close the connection on a body it refuses to read whole: not an error answer.
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- sending and judging

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Api api(Role role) {
        return Api.as(port, role);
    }

    private Api.Response send(String method, String pathAndQuery, Role role, String body, String contentType) {
        String credentials = TestUsers.username(role) + ":" + TestUsers.PASSWORD;
        URI uri;
        try {
            uri = uri(pathAndQuery);
        } catch (IllegalArgumentException unwritable) {
            return new Api.Response(400, "", Map.of());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, publisher);
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(answer.statusCode(), answer.body(), answer.headers().map());
        } catch (IOException closed) {
            return new Api.Response(413, "", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> before;

    private void check(String description, Api.Response answer, String body) {
        if (before == null) {
            before = counts();
        }
        judge(description, answer.status(), answer.body(), before, body);
        before = counts();
    }

    private void judge(String description, int status, String answerBody, Map<String, Long> countsBefore,
                       String sent) {
        statuses.merge(status, 1, Integer::sum);
        String shown = sent == null ? "" : sent.length() > 300 ? sent.substring(0, 300) + "..." : sent;
        if (status >= 500) {
            failures.add(description + " answered " + status + " to " + shown + ": "
                    + (answerBody.length() > 300 ? answerBody.substring(0, 300) : answerBody));
        } else if (status >= 400) {
            Map<String, Long> after = counts();
            if (!after.equals(countsBefore)) {
                failures.add(description + " answered " + status + " but changed rows: " + difference(countsBefore,
                        after) + " (sent " + shown + ")");
            }
        }
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder changed = new StringBuilder();
        for (Iterator<String> names = after.keySet().iterator(); names.hasNext(); ) {
            String table = names.next();
            if (!after.get(table).equals(before.get(table))) {
                changed.append(table).append(' ').append(before.get(table)).append("->").append(after.get(table))
                        .append("; ");
            }
        }
        return changed.toString();
    }

    private Map<String, Long> counts() {
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(table)
                    .append("', COUNT(*) FROM ").append(table);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }
}
