/**
 * People (nominals): the people module. Its API is {@link org.peel.server.people.People} and the record types it
 * returns; everything else is internal. Modules that link records to a person add them to the person's page through
 * {@link org.peel.server.people.PersonLinkSource}; modules that hold open records about people raise alerts on their
 * page and on every search result through {@link org.peel.server.people.PersonAlertSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.peel.server.people;
