package org.peel.server.cases;

/** How urgent an investigation or a task is. High-priority investigations are reviewed more often. */
public enum Priority {
    HIGH,
    STANDARD,
    LOW;

    /** As officers say it: "Standard". */
    public String title() {
        return switch (this) {
            case HIGH -> "High";
            case STANDARD -> "Standard";
            case LOW -> "Low";
        };
    }
}
