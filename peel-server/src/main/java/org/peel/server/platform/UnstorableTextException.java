package org.peel.server.platform;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text in a JSON body that Peel can never store ({@link Text#unstorable}), refused as the body is read. The API's
 * error handler names the field it was found in and gives {@link #reason()}; the value itself is never echoed or
 * logged.
 */
final class UnstorableTextException extends InvalidFormatException {

    private final String reason;

    UnstorableTextException(JsonParser parser, String reason) {
        super(parser, "text that cannot be stored", null, String.class);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
