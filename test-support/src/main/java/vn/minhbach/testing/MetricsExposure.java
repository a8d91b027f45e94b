package vn.minhbach.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Pattern;

/**
 * The same check in every service: {@code /q/metrics} is for operators only (401 without a token,
 * 403 for an official, 200 for admin), and after requests that carry record ids in their paths
 * (answered before and after routing), no metric names a record.
 */
public final class MetricsExposure {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private MetricsExposure() {
    }

    /** {@code pathWithId} e.g. {@code /api/v1/petitions/%s}; {@code official} any non-admin role. */
    public static void assertOperatorsOnlyAndNoIds(String pathWithId, String unit, String official) {
        String id = java.util.UUID.randomUUID().toString();
        // refused by the authentication layer (no token) and by the resource (404 outside)
        given().get(String.format(pathWithId, id)).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("metrics-probe", unit, official)).get(String.format(pathWithId, id));
        given().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("metrics-probe", unit, official)).get("/q/metrics").then()
                .statusCode(403);
        String metrics = given().auth().oauth2(TestTokens.token("ops", "01", "admin")).get("/q/metrics").then()
                .statusCode(200).extract().asString();
        if (metrics.contains(id) || UUID.matcher(metrics).find()) {
            throw new AssertionError("a record id is in /q/metrics: "
                    + metrics.lines().filter(l -> UUID.matcher(l).find()).findFirst().orElse(""));
        }
    }
}
