package org.peel.server.web;

import org.peel.server.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people a person picker finds as the officer types (picker.js): the results part of the picker, the same
 * fragment a round trip without JavaScript shows.
 */
@OfficerPage
@PreAuthorize(Role.READ_RECORDS)
class PersonPickerResults {

    private final PersonPicker picker;

    PersonPickerResults(PersonPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/people/picker")
    String results(@RequestParam String field, @RequestParam(name = "q", required = false) String query,
                   Model model) {
        model.addAttribute("field", field);
        model.addAttribute("found", picker.find(query));
        return "person-picker :: results";
    }
}
