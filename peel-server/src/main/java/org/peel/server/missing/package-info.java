/**
 * Missing persons: the missing module. Reports open an episode for a person on record; risk is graded on the College
 * of Policing scale, reviewed on a schedule and confirmed by a supervisor; lines of enquiry and sightings are recorded
 * with their source and time; episodes close as found, returned, found deceased or not missing, with a return-home
 * interview to follow. The coordinator's view shows what needs attention first. Its API is
 * {@link org.peel.server.missing.MissingEpisodes}, {@link org.peel.server.missing.MissingCoordination} and the record
 * types they return; everything else is internal. The officers' pages live in {@code missing.pages} (templates under
 * {@code templates/missing/}) and use only that API; a person's episodes reach their page through a
 * {@link org.peel.server.people.PersonLinkSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing persons")
package org.peel.server.missing;
