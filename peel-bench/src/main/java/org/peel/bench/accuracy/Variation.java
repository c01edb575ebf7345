package org.peel.bench.accuracy;

/** A kind of variation between how a person is recorded and how an officer searches. */
enum Variation {
    NICKNAME("nickname for the forename (Bob for Robert)");

    private final String description;

    Variation(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
