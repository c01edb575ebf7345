package org.peel.server.platform;

import org.peel.match.PartialDate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document at {@code /v3/api-docs} (interactive at {@code /api-docs}): Peel's title, version and
 * description, and the two ways to sign in, so that the interactive page has an Authorize button. Schemas follow
 * what the API writes: partial dates (dates of birth) are strings such as "1985", "1985-03" or "1985-03-12".
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "token";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(PartialDate.class, new StringSchema()
                .description("A full or partial date: YYYY, YYYY-MM or YYYY-MM-DD").example("1985-03-12"));
    }

    @Bean
    OpenAPI peelApi() {
        String version = ApiDocumentation.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info().title("Peel").version(version == null ? "development" : version)
                        .description("""
                                Peel's JSON API: people (nominals) and the name search that finds them however \
                                their name was written; incidents and crimes under the National Crime Recording \
                                Standard; missing-person episodes; investigations. Every read and search is written \
                                to the audit log with the reason for access (send it in the Peel-Justification \
                                header). Errors are RFC 9457 problem details; bad input answers 400 naming each \
                                field and stores nothing. Sign in with HTTP Basic, or get a short-lived token from \
                                POST /api/tokens and send it as 'Authorization: Bearer ...' (much cheaper for \
                                scripts than a password checked on every call).""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A Peel user name and password"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A token from POST /api/tokens")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
