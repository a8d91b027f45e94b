package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.testing.TestTokens;

/** Request helpers shared by the test classes: signed tokens and typical bodies. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user, String unit, String... roles) {
        return given().auth().oauth2(TestTokens.token(user, unit, roles)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification handler(String unit) {
        return as("handler-" + unit, unit, "petition-handler");
    }

    public static RequestSpecification reception(String unit) {
        return as("reception-" + unit, unit, "reception-officer");
    }

    public static RequestSpecification admin() {
        return as("admin", "01", "admin");
    }

    public static Map<String, Object> petitioner(String name, String idNumber, boolean representative) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("idNumber", idNumber);
        p.put("address", "Số 1 phố Phú Diễn, Bắc Từ Liêm");
        p.put("phone", "0912345678");
        p.put("email", "nguoi.gui@example.vn");
        p.put("representative", representative);
        return p;
    }

    public static Map<String, Object> intake(String unit, String kind, LocalDate received, String subject,
            String content, String... domains) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitPath", unit);
        body.put("receivedDate", received.toString());
        body.put("channel", "AT_RECEPTION");
        body.put("kind", kind);
        body.put("petitioners", new ArrayList<>(List.of(petitioner("Nguyễn Văn An", "001080012345", true))));
        body.put("subject", Map.of("kind", kind.equals("COMPLAINT") ? "DECISION" : "PERSON", "description", subject,
                "unit", "UBND phường Phú Diễn"));
        body.put("domains", domains.length == 0 ? List.of("LAND_MANAGEMENT") : List.of(domains));
        body.put("content", content);
        return body;
    }

    /** Records a petition through the API and answers its id. */
    public static String newPetition(String unit, String kind, LocalDate received) {
        return reception(unit).body(intake(unit, kind, received, "Quyết định thu hồi đất số " + System.nanoTime(),
                        "Nội dung đơn " + System.nanoTime()))
                .post("/api/v1/petitions").then().statusCode(201).extract().path("petition.id");
    }

    /** Records a petition as the citizen {@code citizen} through the citizen app (MOBILE_APP) and answers its id. */
    public static String citizenPetition(String citizen, String unit, String kind, LocalDate received) {
        var body = intake(unit, kind, received, "Quyết định số " + System.nanoTime(), "Nội dung " + System.nanoTime());
        body.put("channel", "MOBILE_APP");
        return as(citizen, null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
    }

    public static Map<String, Object> step(String action, LocalDate date, Object... extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("effectiveDate", date.toString());
        body.put("documentReference", "QĐ-" + action + "-" + date);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    /** Applies a transition as a handler of {@code unit}, expecting 200. */
    public static void move(String unit, String id, String action, LocalDate date, Object... extra) {
        handler(unit).body(step(action, date, extra)).post("/api/v1/petitions/" + id + "/transitions")
                .then().statusCode(200);
    }
}
