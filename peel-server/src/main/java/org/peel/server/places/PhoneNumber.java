package org.peel.server.places;

import java.util.Optional;

/**
 * Phone numbers in E.164 form ({@code +447700900123}) and handset IMEIs. A UK number may be typed as officers hear
 * it: {@code 07700 900123}, {@code (0121) 496 0000}, {@code +44 7700 900123} or {@code 0044 7700 900123}; a number
 * of another country starts with {@code +} or {@code 00}.
 */
public final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The number in E.164 form, or empty when it is not a phone number. */
    public static Optional<String> e164(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replaceAll("[\\s().\\-]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        } else if (compact.startsWith("0")) {
            compact = "+44" + compact.substring(1);
        }
        if (!compact.matches("\\+[1-9][0-9]{6,14}")) {
            return Optional.empty();
        }
        if (compact.startsWith("+44")) {
            // UK numbers are ten digits after the country code (nine for a few old area codes), never a leading 0.
            String national = compact.substring(3);
            if (national.startsWith("0") || national.length() < 9 || national.length() > 10) {
                return Optional.empty();
            }
        }
        return Optional.of(compact);
    }

    /** The IMEI's 15 digits (spaces and hyphens dropped), or empty when it is not 15 digits with a valid check digit. */
    public static Optional<String> imei(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replaceAll("[\\s\\-/]", "");
        if (!digits.matches("[0-9]{15}") || !luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** The Luhn check that the last digit of an IMEI carries. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
