package org.peel.server.search;

import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.people.PersonDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/search")
@Tag(name = "Search", description = "Find people however their name was spelled, heard, shortened or "
        + "transliterated. Every search is written to the audit log.")
class SearchController {

    private final PersonSearch search;

    SearchController(PersonSearch search) {
        this.search = search;
    }

    @GetMapping("/people")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Search for people", description = "Give q (free text as an officer types it, e.g. "
            + "'john smith 12/3/85' or 'SMITH, John') or forenames and/or surname. Results are ranked, each with a "
            + "confidence, the reasons it matched, the name or alias that matched, and the person's markers.")
    SearchResults people(
            @RequestParam(required = false) @Parameter(description = "free text: name and optional date of birth") String q,
            @RequestParam(required = false) String forenames,
            @RequestParam(required = false) String surname,
            @RequestParam(required = false) @Parameter(description = "12/03/1985, 1985-03-12, 1985-03 or 1985") String dob,
            @RequestParam(required = false) @Parameter(description = "YYYY-MM-DD") String bornFrom,
            @RequestParam(required = false) @Parameter(description = "YYYY-MM-DD") String bornTo,
            @RequestParam(required = false) Integer ageFrom,
            @RequestParam(required = false) Integer ageTo,
            @RequestParam(required = false) @Parameter(description = "MALE or FEMALE") String sex,
            @RequestParam(required = false) @Parameter(description = "postcode or its start") String postcode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(new SearchRequest(q, forenames, surname, dob, bornFrom, bornTo, ageFrom, ageTo, sex,
                postcode, page, size));
    }

    @PostMapping("/duplicates")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Is this person already known?", description = "The duplicate check to run before "
            + "recording a new person: people who may be the same, best first.")
    List<SearchHit> duplicates(@RequestBody PersonDetails details) {
        return search.possibleDuplicates(details);
    }
}
