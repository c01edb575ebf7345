/**
 * The change log: an ordered list of changed records, written in the same transaction as each change, from
 * which derived data (the search index) is kept current. {@link org.peel.server.changelog.ChangeLog} is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change log")
package org.peel.server.changelog;
