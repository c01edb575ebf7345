/**
 * What every module shares: settings, the force's calendar, the error types that become problem-details answers,
 * the clock, request ids and request logging. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.peel.server.platform;
