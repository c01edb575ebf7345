package org.peel.server.missing;

import java.util.Collection;
import java.util.Map;

/** The names to show for people in lists: the people module's records in Peel, anything in a benchmark. */
@FunctionalInterface
interface PersonNames {

    /** Display names ("SMITH, John") of the people with these ids; ids that name nobody are left out. */
    Map<Long, String> of(Collection<Long> personIds);
}
