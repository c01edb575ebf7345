/**
 * Name search: the person index (peel-match over a Lucene directory under the data directory), kept in step with the
 * database through the change log, and the searches officers run against it. The API: {@link
 * org.peel.server.search.PersonSearch} with its request and result types, and {@link
 * org.peel.server.search.SearchIndexMaintenance} for rebuilding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.peel.server.search;
