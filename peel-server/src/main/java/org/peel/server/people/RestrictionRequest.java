package org.peel.server.people;

import java.util.List;

/**
 * What a supervisor sends to restrict a person's record.
 *
 * @param users  user names who may see the record, besides the supervisor restricting it (may be empty when a team
 *               is given)
 * @param team   the team whose members may see it, or null
 * @param reason why the record is restricted (required)
 */
public record RestrictionRequest(List<String> users, String team, String reason) {
}
