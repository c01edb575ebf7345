package org.peel.server.people;

/** An identifier a person is known by, such as a PNC id; {@code type} is a code from identifier-types.csv. */
public record Identifier(String type, String value) {
}
