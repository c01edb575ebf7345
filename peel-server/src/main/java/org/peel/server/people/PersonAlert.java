package org.peel.server.people;

/**
 * Something an officer must see first about a person, wherever the person appears: at the top of their page and on
 * every search result ("Missing now · high risk"). Markers are the person's own record; an alert comes from another
 * module's open record about them.
 *
 * @param level how loudly to show it
 * @param text  what to show, short, as officers say it ("Missing now · high risk")
 * @param href  the page of the record the alert comes from, or null
 */
public record PersonAlert(Level level, String text, String href) {

    /** {@link #URGENT} is shown as loudly as a warning marker; {@link #NOTICE} as plain information. */
    public enum Level {
        URGENT, NOTICE
    }
}
