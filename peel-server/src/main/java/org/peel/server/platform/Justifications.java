package org.peel.server.platform;

/**
 * The reason for access that the caller gave with the request being served: the {@value #HEADER} header (the JSON
 * API) or a {@value #FORM_FIELD} form field (the pages). The request filter captures it at the edge, beside the
 * request id, so that the audit log can write it without reading the HTTP request itself.
 */
public final class Justifications {

    /** The header an API caller sends its reason for access in. */
    public static final String HEADER = "Peel-Justification";
    /** The form field a page sends its reason for access in. */
    public static final String FORM_FIELD = "justification";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Justifications() {
    }

    /** The reason given with the current request, stripped, or null when none was given or outside a request. */
    public static String current() {
        return CURRENT.get();
    }

    static void capture(String justification) {
        if (justification == null || justification.isBlank()) {
            CURRENT.remove();
        } else {
            CURRENT.set(justification.strip());
        }
    }

    static void clear() {
        CURRENT.remove();
    }
}
