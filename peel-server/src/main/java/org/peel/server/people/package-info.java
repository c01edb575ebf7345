/**
 * People (nominals): the people module. Its API is {@link org.peel.server.people.People} and the record types it
 * returns; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.peel.server.people;
