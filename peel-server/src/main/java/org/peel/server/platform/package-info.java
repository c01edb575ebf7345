/**
 * What every module shares: settings, the force's calendar, the error types that become problem-details answers, the
 * validators' vocabulary ({@link org.peel.server.platform.FieldErrors}, {@link org.peel.server.platform.Text}), the
 * clock, request ids, the caller's reason for access ({@link org.peel.server.platform.Justifications}), request
 * logging, and durable commits on the embedded database. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.peel.server.platform;
