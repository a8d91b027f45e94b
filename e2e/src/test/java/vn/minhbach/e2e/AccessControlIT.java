package vn.minhbach.e2e;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Through the gateway, with real Keycloak tokens: for at least one endpoint of every service, no
 * token answers 401, a token without the needed role 403 and a token with it 200.
 * To cover another endpoint, add a row to {@link #guarded()}.
 */
@EndToEnd
class AccessControlIT {

    /** An endpoint, a caller allowed to use it and a caller (valid token) whose roles do not allow it. */
    record Guarded(String path, Caller allowed, Caller forbidden) {
        @Override
        public String toString() {
            return "GET " + path + " (" + allowed + " allowed, " + forbidden + " forbidden)";
        }
    }

    /** A demo user of realm minhbach, or the integration client. */
    record Caller(String name) {
        static Caller user(String username) {
            return new Caller(username);
        }

        static Caller integration() {
            return new Caller(Stack.INTEGRATION_CLIENT);
        }

        io.restassured.specification.RequestSpecification request() {
            return Stack.INTEGRATION_CLIENT.equals(name) ? Stack.asIntegration() : Stack.as(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> guarded() {
        return Stream.of(
                // petitions-service
                new Guarded("/api/v1/petitions", Caller.user("handler.btl"), Caller.user("program.btl")),
                new Guarded("/api/v1/petitions/statistics?from=2022-01-01&to=2022-10-31", Caller.integration(),
                        Caller.user("citizen.an")),
                // inspections-service
                new Guarded("/api/v1/teams", Caller.user("inspector.btl"), Caller.user("citizen.an")),
                // programs-service
                new Guarded("/api/v1/programs", Caller.user("program.btl"), Caller.user("citizen.an")),
                // the gateway's own overview, assembled from the three services
                new Guarded("/api/v1/me/overview", Caller.user("handler.btl"), Caller.user("citizen.an")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}: no token -> 401")
    @MethodSource("guarded")
    void withoutTokenIsUnauthorized(Guarded endpoint) {
        Stack.anonymous().get(endpoint.path()).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}: forged token -> 401")
    @MethodSource("guarded")
    void withForgedTokenIsUnauthorized(Guarded endpoint) {
        // A well-formed JWT signed by nobody the services trust.
        String forged = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
                + "eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjgxODAvcmVhbG1zL21pbmhiYWNoIiwiYXVkIjoibWluaGJhY2gtYXBpIiwic3ViIjoieCIsImV4cCI6NDEwMjQ0NDgwMCwicmVhbG1fYWNjZXNzIjp7InJvbGVzIjpbImFkbWluIl19fQ."
                + "c2lnbmF0dXJl";
        Stack.anonymous().auth().oauth2(forged).get(endpoint.path()).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0}: wrong role -> 403")
    @MethodSource("guarded")
    void withoutTheRoleIsForbidden(Guarded endpoint) {
        endpoint.forbidden().request().get(endpoint.path()).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}: right role -> 200")
    @MethodSource("guarded")
    void withTheRoleIsAllowed(Guarded endpoint) {
        endpoint.allowed().request().get(endpoint.path()).then().statusCode(200);
    }
}
