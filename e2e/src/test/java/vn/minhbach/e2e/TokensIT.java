package vn.minhbach.e2e;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm gives the services what docs/contracts.md promises: issuer, audience minhbach-api,
 * realm roles, the official's unit path, and the integration client's roles and city-level unit.
 */
@EndToEnd
class TokensIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String jwt) throws Exception {
        String payload = jwt.split("\\.")[1];
        return JSON.readValue(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(aud));
    }

    @Test
    @SuppressWarnings("unchecked")
    void officialTokenCarriesIssuerAudienceRoleAndUnit() throws Exception {
        Map<String, Object> claims = claims(Stack.userToken("handler.btl"));
        assertEquals(Stack.ISSUER, claims.get("iss"));
        assertTrue(audience(claims).contains("minhbach-api"), "aud " + claims.get("aud"));
        assertEquals("01.021", claims.get("unit"));
        List<String> roles = (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        assertTrue(roles.contains("petition-handler"), "roles " + roles);
    }

    @Test
    void officialOfAnotherDistrictCarriesItsUnit() throws Exception {
        assertEquals("01.019", claims(Stack.userToken("handler.nam")).get("unit"));
    }

    @Test
    void citizenTokenHasNoUnit() throws Exception {
        Map<String, Object> claims = claims(Stack.userToken("citizen.an"));
        assertNull(claims.get("unit"));
        assertTrue(audience(claims).contains("minhbach-api"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void integrationTokenCarriesClientRolesAndCityUnit() throws Exception {
        Map<String, Object> claims = claims(Stack.integrationToken());
        assertEquals("01", claims.get("unit"));
        assertTrue(audience(claims).contains("minhbach-api"));
        Map<String, Object> access = (Map<String, Object>) claims.get("resource_access");
        List<String> roles = (List<String>) ((Map<String, Object>) access.get(Stack.INTEGRATION_CLIENT)).get("roles");
        assertTrue(roles.containsAll(List.of("petition-intake", "statistics-reader")), "roles " + roles);
    }

    @Test
    @SuppressWarnings("unchecked")
    void citizenHasNoOfficialRole() throws Exception {
        Map<String, Object> claims = claims(Stack.userToken("citizen.an"));
        List<String> roles = (List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        assertTrue(roles.contains("citizen"), "roles " + roles);
        assertFalse(roles.stream().anyMatch(r -> List.of("reception-officer", "petition-handler",
                "identity-custodian", "inspector", "program-officer", "unit-reporter", "leader", "auditor", "admin")
                .contains(r)), "roles " + roles);
    }

    @Test
    void tokensAreShortLivedAndCarryTheLoginTime() throws Exception {
        Map<String, Object> claims = claims(Stack.userToken("custodian.btl"));
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertTrue(lifetime <= 300, "access tokens live at most 5 minutes, this one " + lifetime + " s");
        // an identity reveal asks for a login (auth_time, else the token's iat) of the last 5 minutes
        assertTrue(claims.get("auth_time") instanceof Number || claims.get("iat") instanceof Number,
                "auth_time or iat in " + claims.keySet());
    }

    @Test
    void theAppsClientRefusesThePasswordGrant() {
        io.restassured.RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", Stack.MOBILE_CLIENT)
                .formParam("username", "citizen.an")
                .formParam("password", "minhbach-demo")
                .post(Stack.ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(anyOf(is(400), is(401))).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void wrongPasswordIsRefused() {
        io.restassured.RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", Stack.CLI_CLIENT)
                .formParam("username", "reporter.btl")
                .formParam("password", "not-the-password")
                .post(Stack.ISSUER + "/protocol/openid-connect/token")
                // RFC 6749 says 400 for invalid_grant; Keycloak has answered 401 in some versions.
                .then().statusCode(anyOf(is(400), is(401))).body("error", equalTo("invalid_grant"));
    }

    @Test
    void mobileClientAdvertisesPkceS256() {
        Stack.anonymous().baseUri(Stack.ISSUER)
                .get("/.well-known/openid-configuration")
                .then().statusCode(200)
                .body("issuer", equalTo(Stack.ISSUER))
                .body("code_challenge_methods_supported", hasItem("S256"));
    }
}
