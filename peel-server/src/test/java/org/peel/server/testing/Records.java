package org.peel.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.peel.server.access.Role;

/**
 * Makes records in a running Peel over its API, for tests: a client signed in per role, and people with surnames
 * no other test uses, so that tests sharing one database never find each other's people. Module helpers (the crime
 * and missing-person APIs of the tests) extend it with their own records.
 */
public class Records {

    /** The date of birth a person gets when the test does not care: an adult in every test. */
    public static final String ADULT_BIRTH = "1985-03-12";

    private final int port;
    private final String surnameStem;

    public Records(int port) {
        this(port, "Testperson");
    }

    /** Records whose people's surnames start with {@code surnameStem}, so that a test can tell them in a list. */
    protected Records(int port, String surnameStem) {
        this.port = port;
        this.surnameStem = surnameStem;
    }

    public Api as(Role role) {
        return Api.as(port, role);
    }

    public Api officer() {
        return as(Role.OFFICER);
    }

    public Api supervisor() {
        return as(Role.SUPERVISOR);
    }

    public Api registrar() {
        return as(Role.CRIME_REGISTRAR);
    }

    public Api analyst() {
        return as(Role.ANALYST);
    }

    /**
     * A surname no other test has used: {@code stem} and eight random letters (letters only, so that name matching
     * treats it as one ordinary word).
     */
    public static String uniqueSurname(String stem) {
        StringBuilder surname = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            surname.append((char) ('a' + random.nextInt(26)));
        }
        return surname.toString();
    }

    /** A valid person with {@code forenames} and a unique surname, to be changed where a test cares. */
    public PersonJson newPerson(String forenames) {
        return PersonJson.person(forenames, uniqueSurname(surnameStem));
    }

    /** Records {@code person} as an officer: its id. */
    public long create(PersonJson person) {
        Api.Response created = officer().post("/api/people", person.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** A new adult on record with {@code forenames} and a unique surname: its id. */
    public long person(String forenames) {
        return create(newPerson(forenames));
    }

    /** A new person on record born on {@code dateOfBirth} (null for no date of birth on record): its id. */
    public long personBorn(String dateOfBirth) {
        return create(newPerson("Alex").with("datesOfBirth", dateOfBirth == null ? List.of() : List.of(dateOfBirth)));
    }
}
