/**
 * Investigations (cases): an investigation, referenced {@code INV-YYYY-NNNNNN}, groups crimes and occurrences that are
 * not crimes, links people in roles, keeps its plan's versions and an append-only log, and carries tasks with owners
 * and due times. Policy rules read from a reference file create tasks; supervisors review on a schedule and decide
 * filing and closing, which needs every crime to have a Home Office outcome. The officer's work, the supervisor's team
 * view and the safeguarding view show what is due. The API: {@link org.peel.server.cases.Investigations},
 * {@link org.peel.server.cases.Caseloads}, {@link org.peel.server.cases.CaseSummaries} (the printable summary, audited
 * as a disclosure) and the records they return; everything else is internal. Its pages are in
 * {@code cases.pages}; it gives a person's page their investigations (a {@code people.PersonLinkSource}), the search
 * box its references (a {@code search.ReferenceFinder}) and the crime page its investigations
 * ({@link org.peel.server.cases.CrimeInvestigations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigations")
package org.peel.server.cases;
