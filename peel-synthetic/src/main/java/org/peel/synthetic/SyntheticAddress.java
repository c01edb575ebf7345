package org.peel.synthetic;

import java.util.Objects;

/**
 * A made-up address in a real UK town.
 *
 * @param street   house number and street, e.g. "12 Church Road"
 * @param town     a real town or city, e.g. "Birmingham"
 * @param postcode a syntactically valid UK postcode in the town's postcode area, e.g. "B11 4AB"
 *                 (the postcode need not exist)
 */
public record SyntheticAddress(String street, String town, String postcode) {

    public SyntheticAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(postcode, "postcode");
    }
}
