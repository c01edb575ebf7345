package org.peel.server.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.search.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search form as the officer filled it in: every field is text, exactly as typed, so that it can be shown back
 * with any mistakes marked. Bound from the query string of {@code /} and {@code /search/results}.
 */
class SearchForm {

    static final int PAGE_SIZE = 20;

    private String q;
    private String forenames;
    private String surname;
    private String dob;
    private String bornFrom;
    private String bornTo;
    private String ageFrom;
    private String ageTo;
    private String sex;
    private String postcode;
    private int page;

    /** Whether the officer asked for anything at all (an empty home page is not a search). */
    boolean isEmpty() {
        return blank(q) && blank(forenames) && blank(surname) && blank(dob) && blank(bornFrom) && blank(bornTo)
                && blank(ageFrom) && blank(ageTo) && blank(sex) && blank(postcode);
    }

    /** Whether any field beyond the main box is filled in, so that the page shows them open. */
    public boolean hasMoreFields() {
        return !blank(forenames) || !blank(surname) || !blank(dob) || !blank(bornFrom) || !blank(bornTo)
                || !blank(ageFrom) || !blank(ageTo) || !blank(sex) || !blank(postcode);
    }

    /** The request for the search module, or field errors (with the form's field names) for what cannot be read. */
    SearchRequest toRequest(List<FormErrors.Problem> problems) {
        return new SearchRequest(q, forenames, surname, dob, bornFrom, bornTo, age("ageFrom", ageFrom, problems),
                age("ageTo", ageTo, problems), sex, postcode, Math.max(page, 0), PAGE_SIZE);
    }

    /** The link to another page of the same search. */
    String pageLink(int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/");
        fields().forEach((name, value) -> {
            if (!blank(value)) {
                link.queryParam(name, value);
            }
        });
        if (otherPage > 0) {
            link.queryParam("page", otherPage);
        }
        return link.encode().build().toUriString();
    }

    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", q);
        fields.put("forenames", forenames);
        fields.put("surname", surname);
        fields.put("dob", dob);
        fields.put("bornFrom", bornFrom);
        fields.put("bornTo", bornTo);
        fields.put("ageFrom", ageFrom);
        fields.put("ageTo", ageTo);
        fields.put("sex", sex);
        fields.put("postcode", postcode);
        return fields;
    }

    private static Integer age(String field, String text, List<FormErrors.Problem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            problems.add(new FormErrors.Problem(field, "'" + text.strip() + "' is not an age: give a whole number of "
                    + "years, such as 30"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getForenames() {
        return forenames;
    }

    public void setForenames(String forenames) {
        this.forenames = forenames;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getDob() {
        return dob;
    }

    public void setDob(String dob) {
        this.dob = dob;
    }

    public String getBornFrom() {
        return bornFrom;
    }

    public void setBornFrom(String bornFrom) {
        this.bornFrom = bornFrom;
    }

    public String getBornTo() {
        return bornTo;
    }

    public void setBornTo(String bornTo) {
        this.bornTo = bornTo;
    }

    public String getAgeFrom() {
        return ageFrom;
    }

    public void setAgeFrom(String ageFrom) {
        this.ageFrom = ageFrom;
    }

    public String getAgeTo() {
        return ageTo;
    }

    public void setAgeTo(String ageTo) {
        this.ageTo = ageTo;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
