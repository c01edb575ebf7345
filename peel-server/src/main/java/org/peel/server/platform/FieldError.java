package org.peel.server.platform;

/**
 * One thing wrong with a request: the field, written as a path into the request body
 * ({@code names[0].surname}), and what is wrong with it in words an officer can act on.
 */
public record FieldError(String field, String message) {
}
