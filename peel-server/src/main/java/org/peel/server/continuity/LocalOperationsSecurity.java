package org.peel.server.continuity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The local operations address answers callers by token, not by sign-in: no session, no cookie to ride on. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class LocalOperationsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain operationsAddress(HttpSecurity http) throws Exception {
        http.securityMatcher("/operations/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
