package org.peel.server.people;

/** Warning markers warn of risk from a person; vulnerability markers of risk to them. */
public enum MarkerCategory {
    WARNING, VULNERABILITY
}
