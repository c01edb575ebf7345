/**
 * The officers' layout kit and the person and search pages. The kit serves the pages of every module:
 * {@link org.peel.server.web.OfficerPage} (a page controller, which the layout's model and the plain error pages
 * reach), {@link org.peel.server.web.FormAction} (400 and 409 on forms), {@link org.peel.server.web.FormErrors} (the
 * error summary and messages by field), {@link org.peel.server.web.LayoutModel} ({@code user}, {@code may},
 * {@code requestId}), the {@code @display} helpers, the person picker ({@link org.peel.server.web.PersonPicker},
 * {@code person-picker.html}, {@code picker.js}) for every form that links a person, and the templates
 * {@code layout.html}, {@code fragments.html}, {@code error/*} and {@code sign-in.html}. Search is the home page; a person's page shows their markers first and
 * lists the records other modules link to the person ({@link org.peel.server.people.PersonLinkSource}).
 *
 * <p>Pages of a capability (crime, missing persons, ...) live in that module's {@code pages} sub-package with their
 * templates under {@code templates/<module>/}; this module knows none of them (decision 0003), which
 * {@code allowedDependencies} makes the build check. People and search are allowed while their pages live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages",
        allowedDependencies = {"platform", "access", "people", "search"})
package org.peel.server.web;
