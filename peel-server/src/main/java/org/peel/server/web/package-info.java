/**
 * The officers' web pages: server-rendered HTML (Thymeleaf) with a little JavaScript where it helps, built on the
 * people and search modules. Search is the home page; a person's page shows their markers first; recording a person
 * starts with the duplicate check.
 *
 * <p>Other modules add to a person's page by providing a {@link org.peel.server.web.PersonLinkSource} bean: each
 * contributes the records (crimes, missing-person reports, ...) that link to a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package org.peel.server.web;
