package org.peel.server.places.pages;

import org.peel.server.places.RecordKind;

/** The colour a kind of record is drawn in, for the network graph and its legend (the tables say the kind in words). */
public final class NetworkColours {

    private NetworkColours() {
    }

    /** Colours with at least 3:1 contrast against white, one per kind of record (the table and legend say the kind). */
    public static String of(RecordKind kind) {
        return switch (kind) {
            case PERSON -> "#1d4ed8";
            case LOCATION -> "#b45309";
            case VEHICLE -> "#047857";
            case PHONE -> "#7c3aed";
            case PROPERTY -> "#be185d";
            case INCIDENT, CRIME -> "#b91c1c";
            case MISSING_EPISODE -> "#0e7490";
            case INVESTIGATION -> "#4b5563";
        };
    }

}
