package org.peel.server.platform;

import org.slf4j.MDC;

/** The id of the request being served, as put in the logging context by the request filter. */
public final class RequestIds {

    static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
