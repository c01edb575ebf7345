package org.peel.server.people;

/** Why a person carries a name. Every person has exactly one {@link #PRIMARY} name. */
public enum NameType {
    PRIMARY, ALIAS, PREVIOUS, MAIDEN
}
