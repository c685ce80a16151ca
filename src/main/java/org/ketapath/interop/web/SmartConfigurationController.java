package org.ketapath.interop.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/smart-configuration}: where a FHIR client gets a token for {@code /fhir}. KetaPath's tokens
 * come from {@code POST /api/v1/auth/token} (e-mail, password and, for staff, a TOTP code; a JSON body, not an
 * OAuth 2.0 form): SMART App Launch (authorization endpoint, launch contexts, scopes, PKCE) is not offered yet,
 * so {@code capabilities} and {@code scopes_supported} are empty and no grant type is claimed (see the README).
 */
@RestController
class SmartConfigurationController {

    private final String base;

    SmartConfigurationController(@Value("${ketapath.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @GetMapping(value = "/.well-known/smart-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> configuration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", base);
        body.put("token_endpoint", base + "/api/v1/auth/token");
        body.put("revocation_endpoint", base + "/api/v1/auth/revoke");
        body.put("token_endpoint_auth_methods_supported", List.of());
        body.put("grant_types_supported", List.of());
        body.put("scopes_supported", List.of());
        body.put("response_types_supported", List.of());
        body.put("capabilities", List.of());
        body.put("code_challenge_methods_supported", List.of());
        body.put(
                "ketapath_token_request",
                "POST JSON {\"email\", \"password\", \"otp\" (staff)} to token_endpoint; send the accessToken it "
                        + "returns as 'Authorization: Bearer <token>' to " + base + "/fhir");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }
}
