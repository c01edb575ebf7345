package org.peel.server.crime;

/**
 * Where something happened: an address (lines, town, a UK postcode in standard form) or a description in words
 * ("the footpath behind the leisure centre"), or both.
 */
public record Location(String lines, String town, String postcode, String description) {

    /** The location in one line, for lists. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {lines, town, postcode, description}) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(", ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
