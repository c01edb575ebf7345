/**
 * Crime recording to the National Crime Recording Standard: incidents, the 24-hour recording clock, crime records
 * (one per victim), classification and reclassification, cancellation by the Force Crime Registrar, Home Office
 * outcomes, and the registrar's compliance view. The API: {@link org.peel.server.crime.Incidents},
 * {@link org.peel.server.crime.Crimes}, {@link org.peel.server.crime.CrimeCompliance} and the records they return.
 * The officers' crime pages live in {@code crime.pages} (templates under {@code templates/crime/}) and use only that
 * API; the crimes a person is linked to reach their page through a {@link org.peel.server.people.PersonLinkSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crime")
package org.peel.server.crime;
