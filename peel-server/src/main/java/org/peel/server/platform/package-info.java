/**
 * What every module shares: settings, the error types that become problem-details answers, the clock,
 * request ids and request logging.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.peel.server.platform;
