package org.peel.server.people;

/**
 * An address of a person, most recent first.
 *
 * @param lines    house and street, one or more lines separated by commas
 * @param postcode a valid UK postcode in its standard form ("B11 4AB"), or null when unknown
 */
public record Address(String lines, String town, String postcode) {
}
