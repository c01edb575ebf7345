package org.peel.server.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.access.SystemIdentity;
import org.peel.server.access.UserAccounts;
import org.peel.server.people.ImportOutcome;
import org.peel.server.people.People;
import org.peel.server.people.PersonDetails;
import org.peel.server.platform.CurrentUser;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.synthetic.SyntheticPopulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a synthetic population (names from UK frequencies and the many origins of a British
 * city) and creates one demo sign-in per role. Runs only in demo mode, and adds people only to an empty database.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "peel.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final int POPULATION = 20_000;
    static final long SEED = 2019L;
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Demo sign-ins: username, role and password. Printed at every start in demo mode; never use demo mode live. */
    static final Map<String, Role> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put("officer", Role.OFFICER);
        DEMO_USERS.put("supervisor", Role.SUPERVISOR);
        DEMO_USERS.put("registrar", Role.CRIME_REGISTRAR);
        DEMO_USERS.put("analyst", Role.ANALYST);
    }

    private final People people;
    private final UserAccounts accounts;
    private final SearchIndexMaintenance searchIndex;
    private final Environment environment;
    private final Clock clock;

    DemoData(People people, UserAccounts accounts, SearchIndexMaintenance searchIndex, Environment environment,
             Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.searchIndex = searchIndex;
        this.environment = environment;
        this.clock = clock;
    }

    static String passwordOf(String username) {
        return username + "-demo-pass";
    }

    @Override
    public void run(ApplicationArguments args) {
        DEMO_USERS.forEach((username, role) -> SystemIdentity.run(CurrentUser.SYSTEM, () -> accounts.enableDemoAccount(
                username, "Demo " + role.name().toLowerCase().replace('_', ' '), passwordOf(username), role)));
        if (people.count() == 0) {
            SystemIdentity.run(CurrentUser.SYSTEM, this::fillPopulation);
        }
    }

    private void fillPopulation() {
        long started = System.nanoTime();
        SyntheticPopulation population = SyntheticPopulation.withSeed(SEED);
        LocalDate today = LocalDate.now(clock);
        List<PersonDetails> batch = new ArrayList<>(BATCH);
        long stored = 0;
        for (long number = 0; number < POPULATION; number++) {
            batch.add(DemoPeople.details(population.person(number), today));
            if (batch.size() == BATCH || number == POPULATION - 1) {
                for (ImportOutcome outcome : people.importAll(batch, "demo data")) {
                    if (outcome instanceof ImportOutcome.Stored) {
                        stored++;
                    } else {
                        log.warn("A demo person was not accepted: {}", outcome);
                    }
                }
                batch.clear();
            }
        }
        searchIndex.catchUp();
        log.info("Demo mode: recorded {} synthetic people in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Says "Peel is ready" once every start-up task has run (the crime, missing-person and case demo data after this
     * one, and the search index caught up), not when this task alone is done.
     */
    @EventListener(ApplicationReadyEvent.class)
    void printWelcome() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n=== Peel is ready, in DEMO mode, at http://localhost:" + port
                + " ===\n");
        text.append("Synthetic people on record: ").append(people.count()).append('\n');
        text.append("Demo sign-ins (username / password):\n");
        DEMO_USERS.forEach((username, role) -> text.append(String.format("  %-11s %-22s %s%n", username,
                passwordOf(username), role)));
        text.append("API documentation: http://localhost:").append(port).append("/api-docs\n");
        System.out.println(text);
    }
}
