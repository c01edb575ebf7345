package org.peel.server.crime;

/** The twelve crime categories of the Home Office Counting Rules; every offence classification is in one. */
public enum CrimeCategory {
    VIOLENCE_AGAINST_THE_PERSON("Violence against the person"),
    SEXUAL_OFFENCES("Sexual offences"),
    ROBBERY("Robbery"),
    BURGLARY("Burglary"),
    VEHICLE_OFFENCES("Vehicle offences"),
    THEFT("Theft"),
    ARSON_AND_CRIMINAL_DAMAGE("Arson and criminal damage"),
    DRUG_OFFENCES("Drug offences"),
    PUBLIC_ORDER("Public order offences"),
    POSSESSION_OF_WEAPONS("Possession of weapons"),
    MISCELLANEOUS_CRIMES_AGAINST_SOCIETY("Miscellaneous crimes against society"),
    FRAUD("Fraud");

    private final String title;

    CrimeCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
