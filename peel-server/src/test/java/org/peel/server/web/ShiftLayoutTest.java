package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Permissions;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The layout every page shares, rendered by the application's own template engine: the DEMO banner in demo mode,
 * the "still loading" notice while start-up runs, the protective marking and the "printed by" line for print.
 */
@PeelIntegrationTest
class ShiftLayoutTest {

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void everyPageCarriesADemoBannerInDemoMode() {
        assertThat(render(Map.of("demo", true))).contains("class=\"demo-banner\"").contains("DEMO");
        assertThat(render(Map.of("demo", false))).doesNotContain("class=\"demo-banner\"");
    }

    @Test
    void pagesSayDataIsStillLoadingUntilStartUpHasFinished() {
        assertThat(render(Map.of("loading", true))).contains("Peel is still loading its data");
        assertThat(render(Map.of("loading", false))).doesNotContain("Peel is still loading its data");
    }

    @Test
    void aPrintedPageHasItsProtectiveMarkingAndSaysWhoPrintedItAndWhen() {
        String page = render(Map.of("pageTime", "1 December 2026 at 10:00"));

        assertThat(page).contains("OFFICIAL-SENSITIVE").contains("Printed by").contains("Dora Officer")
                .contains("1 December 2026 at 10:00");
    }

    @Test
    void theSessionWarningIsThereForASignedInUserWithTheShiftLength() {
        String page = render(Map.of("sessionSeconds", 43200));

        assertThat(page).contains("data-session-seconds=\"43200\"").contains("Your session is about to end");
    }

    private String render(Map<String, Object> values) {
        MockServletContext servletContext = new MockServletContext();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext, "GET", "/people/1"),
                        new MockHttpServletResponse()));
        context.setVariable("user", new LayoutModel.SignedInUser("dofficer", "Dora Officer", null));
        context.setVariable("may", Permissions.of(null));
        context.setVariable("status", 404);
        context.setVariable("currentPage", "/people/1");
        values.forEach(context::setVariable);
        return templates.process("error/404", context);
    }
}
