package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

class JustificationAtTheEdgeTest {

    private final RequestLoggingFilter filter = new RequestLoggingFilter();
    private final List<String> seen = new ArrayList<>();
    private final FilterChain chain = (request, response) -> seen.add(Justifications.current());

    private String justificationDuring(MockHttpServletRequest request) throws Exception {
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return seen.get(seen.size() - 1);
    }

    @Test
    void theHeaderIsWhatTheRequestGaveAsItsReason() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/people/7");
        request.addHeader(Justifications.HEADER, "  Arrest enquiry 12/345 ");

        assertThat(justificationDuring(request)).isEqualTo("Arrest enquiry 12/345");
    }

    @Test
    void aFormFieldIsTheReasonWhenThereIsNoHeader() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/people/new");
        request.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
        request.addParameter("justification", "Not the same Łucja Nowak: different date of birth");

        assertThat(justificationDuring(request)).isEqualTo("Not the same Łucja Nowak: different date of birth");
    }

    @Test
    void aJsonBodyIsNeverReadForAReason() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/people");
        request.setContentType("application/json");
        request.setContent("{\"justification\": \"from the body\"}".getBytes(StandardCharsets.UTF_8));
        request.addParameter("justification", "as if a parameter");

        assertThat(justificationDuring(request)).isNull();
        assertThat(request.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8)
                .contains("from the body");
    }

    @Test
    void theReasonLastsOnlyAsLongAsItsRequest() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/people/7");
        request.addHeader(Justifications.HEADER, "Missing person enquiry");

        assertThat(justificationDuring(request)).isEqualTo("Missing person enquiry");
        assertThat(Justifications.current()).isNull();
        assertThat(justificationDuring(new MockHttpServletRequest("GET", "/api/people/8"))).isNull();
    }
}
