package org.peel.server.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the force's own identity provider (OpenID Connect), beside or instead of local accounts.
 * Providers are Spring Boot's {@code spring.security.oauth2.client.registration.<id>.*} and
 * {@code spring.security.oauth2.client.provider.<id>.issuer-uri}; Peel reads, from the provider's ID token and user
 * info:
 * <ul>
 *   <li>the user name from {@code peel.oidc.username-claim} (default {@code preferred_username}, else {@code sub});</li>
 *   <li>the roles from {@code peel.oidc.roles-claim} (default {@code roles}; a list, or one text of names separated by
 *       spaces or commas), each a {@link Role} name, after removing {@code peel.oidc.role-prefix} (default none),
 *       in any case; unknown values are ignored, and a user with no Peel role cannot sign in;</li>
 *   <li>the team from {@code peel.oidc.team-claim} (default {@code team}).</li>
 * </ul>
 * {@code peel.sign-in.local-accounts=false} switches local accounts off: no password sign-in at all.
 */
@Component
public class ForceSignIn {

    /** A provider to offer on the sign-in page: its registration id and the name shown. */
    public record Provider(String id, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final boolean localAccounts;
    private final String usernameClaim;
    private final String rolesClaim;
    private final String rolePrefix;
    private final String teamClaim;
    private final List<String> registrationIds;

    ForceSignIn(ObjectProvider<ClientRegistrationRepository> registrations,
                @Value("${peel.sign-in.local-accounts:true}") boolean localAccounts,
                @Value("${peel.oidc.username-claim:preferred_username}") String usernameClaim,
                @Value("${peel.oidc.roles-claim:roles}") String rolesClaim,
                @Value("${peel.oidc.role-prefix:}") String rolePrefix,
                @Value("${peel.oidc.team-claim:team}") String teamClaim,
                @Value("${peel.oidc.providers:}") List<String> registrationIds) {
        this.registrations = registrations;
        this.localAccounts = localAccounts;
        this.usernameClaim = usernameClaim;
        this.rolesClaim = rolesClaim;
        this.rolePrefix = rolePrefix;
        this.teamClaim = teamClaim;
        this.registrationIds = registrationIds;
    }

    /** Whether local accounts (user name and password) may sign in. */
    public boolean localAccounts() {
        return localAccounts;
    }

    /** The providers offered on the sign-in page ({@code peel.oidc.providers}, the registration ids). */
    public List<Provider> providers() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        List<Provider> providers = new ArrayList<>();
        if (repository != null) {
            for (String id : registrationIds) {
                ClientRegistration registration = repository.findByRegistrationId(id.strip());
                if (registration != null) {
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return providers;
    }

    boolean configured() {
        return registrations.getIfAvailable() != null;
    }

    /** Loads the provider's user as Spring Security does, then gives it Peel's roles and team from its claims. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<Role> roles = roles(user.getClaims().get(rolesClaim));
            if (roles.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "The force's sign-in gives this user no Peel role", null));
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
            Object team = user.getClaims().get(teamClaim);
            if (team != null && !team.toString().isBlank()) {
                authorities.add(new SimpleGrantedAuthority(Teams.AUTHORITY_PREFIX + team.toString().strip()));
            }
            String nameClaim = user.getClaims().get(usernameClaim) != null ? usernameClaim : "sub";
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
        };
    }

    Set<Role> roles(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim != null) {
            values.addAll(List.of(claim.toString().split("[\\s,]+")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            String name = value.strip();
            if (!rolePrefix.isEmpty() && name.regionMatches(true, 0, rolePrefix, 0, rolePrefix.length())) {
                name = name.substring(rolePrefix.length());
            }
            for (Role role : Role.values()) {
                if (role.name().equals(name.toUpperCase(Locale.ROOT).replace('-', '_'))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
