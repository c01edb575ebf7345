/**
 * What every module shares: settings, the error types that become problem-details answers, the validators' vocabulary
 * ({@link org.peel.server.platform.FieldErrors}, {@link org.peel.server.platform.Text}), the clock, request ids, the
 * caller's reason for access ({@link org.peel.server.platform.Justifications}) and request logging.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.peel.server.platform;
