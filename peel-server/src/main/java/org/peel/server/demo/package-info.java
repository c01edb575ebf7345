/**
 * Demo mode ({@code serve --demo}): a synthetic population of a British city and one sign-in per role, so that a new
 * user sees a living system. Nothing here runs unless {@code peel.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.peel.server.demo;
