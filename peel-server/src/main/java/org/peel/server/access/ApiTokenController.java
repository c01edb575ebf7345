package org.peel.server.access;

import org.peel.server.platform.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Tokens", description = "Short-lived tokens for scripts, so that a password is not checked on every call.")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/tokens")
    @Operation(summary = "Get a token for scripts", description = "Sign in with HTTP Basic (your user name and "
            + "password); the answer holds a token to send as 'Authorization: Bearer <token>' until it expires "
            + "(expiresIn seconds, one hour unless the installation says otherwise). Only a hash of the token is "
            + "kept. A token cannot be used to get another: sign in with the password again.")
    ResponseEntity<?> issue(Authentication signedIn) {
        if (signedIn instanceof PreAuthenticatedAuthenticationToken) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.of(HttpStatus.FORBIDDEN,
                    "token-renewal", "Sign in with your password", "A token cannot be used to get another: send "
                            + "your user name and password with HTTP Basic to POST /api/tokens."));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(signedIn.getName()));
    }
}
