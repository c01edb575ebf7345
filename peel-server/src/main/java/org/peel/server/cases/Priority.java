package org.peel.server.cases;

/** How urgent an investigation or a task is. High-priority investigations are reviewed more often. */
public enum Priority {
    HIGH,
    STANDARD,
    LOW
}
