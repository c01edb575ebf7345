package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Phone numbers to E.164 and IMEIs with their Luhn check digit. */
class PhoneNumberTest {

    @Test
    void ukNumbersAreWrittenInE164FormHoweverTyped() {
        assertThat(PhoneNumber.e164("07700 900123")).contains("+447700900123");
        assertThat(PhoneNumber.e164("+44 (0)7700 900123")).isEmpty();
        assertThat(PhoneNumber.e164("0044 7700-900-123")).contains("+447700900123");
        assertThat(PhoneNumber.e164("(0121) 496 0000")).contains("+441214960000");
        assertThat(PhoneNumber.e164("+33 1 23 45 67 89")).contains("+33123456789");
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThat(PhoneNumber.e164("0770 09")).isEmpty();
        assertThat(PhoneNumber.e164("999")).isEmpty();
        assertThat(PhoneNumber.e164("07700 9001234567")).isEmpty();
        assertThat(PhoneNumber.e164("ring me")).isEmpty();
    }

    @Test
    void anImeiNeedsFifteenDigitsWithAValidCheckDigit() {
        assertThat(PhoneNumber.imei("49 015420 323751 8")).contains("490154203237518");
        assertThat(PhoneNumber.imei("490154203237517")).isEmpty();
        assertThat(PhoneNumber.imei("49015420323751")).isEmpty();
    }
}
