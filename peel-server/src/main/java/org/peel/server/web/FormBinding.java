package org.peel.server.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the pages' forms are bound: a form's lists (a person's names, addresses, markers) grow only as far as
 * {@value #MAX_ROWS} rows, so a posted index such as {@code names[99999]} is refused as bad input instead of building
 * a list of that size. The modules' own limits on each list are lower still.
 */
@ControllerAdvice(annotations = OfficerPage.class)
class FormBinding {

    static final int MAX_ROWS = 64;

    @InitBinder
    void boundRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
    }
}
