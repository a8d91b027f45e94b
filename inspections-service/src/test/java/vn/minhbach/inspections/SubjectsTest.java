package vn.minhbach.inspections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Party organisations and members: creation, validation, scope, relations, CSV import and export. */
@QuarkusTest
class SubjectsTest {

    static final String UNIT = "01.971";
    String inspector = Api.inspector(UNIT);

    @Test
    void organisationsAndMembersAreCreatedWithinTheCallersUnit() {
        String code = Api.code("D");
        String district = Api.organisation(inspector, code, "OTHER_COMMITTEE", null, null);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, UNIT + ".00611");
        Api.as(inspector).get("/api/v1/party-organisations/" + cell).then().statusCode(200)
                .body("parentId", is(district)).body("unitPath", is(UNIT + ".00611")).body("kind", is("PARTY_CELL"));
        String member = Api.member(inspector, Api.code("M"), "Ngô Thị Mai", cell, "STANDING_COMMITTEE_MANAGED");
        Api.as(inspector).get("/api/v1/party-members/" + member).then().statusCode(200)
                .body("unitPath", is(UNIT + ".00611")).body("standingCommitteeManaged", is(true));
        Api.as(inspector).queryParam("organisationId", cell).get("/api/v1/party-members").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(member));
        // the same code twice
        Api.as(inspector).body(Map.of("code", code, "name", "X", "kind", "PARTY_CELL")).post("/api/v1/party-organisations")
                .then().statusCode(409).contentType(containsString("problem+json"));
        // a unit outside the caller's subtree, or outside the parent's
        Api.as(inspector).body(Map.of("code", Api.code("C"), "name", "X", "kind", "PARTY_CELL", "unitPath", "01.972"))
                .post("/api/v1/party-organisations").then().statusCode(422);
        Api.as(inspector).body(Map.of("code", Api.code("C"), "name", "X", "kind", "PARTY_CELL", "parentId", cell,
                "unitPath", UNIT + ".00612")).post("/api/v1/party-organisations").then().statusCode(422);
        // another district sees nothing of it
        String stranger = Api.inspector("01.972");
        Api.as(stranger).get("/api/v1/party-organisations/" + cell).then().statusCode(404);
        Api.as(stranger).get("/api/v1/party-members/" + member).then().statusCode(404);
        Api.as(stranger).get("/api/v1/party-members").then().body("items.id", not(hasItem(member)));
    }

    @Test
    void invalidInputIsAProblemInVietnameseOrEnglish() {
        Api.as(inspector).body(Map.of("code", "a b c", "name", "", "kind", "PARTY_CELL"))
                .post("/api/v1/party-organisations").then().statusCode(400);
        Api.as(inspector).body(Map.of("code", Api.code("C"), "name", "X", "kind", "CLUB"))
                .post("/api/v1/party-organisations").then().statusCode(400);
        Api.as(inspector).body(Map.of("code", Api.code("C"), "name", "X".repeat(301), "kind", "PARTY_CELL"))
                .post("/api/v1/party-organisations").then().statusCode(400);
        Api.as(inspector).body(Map.of("code", Api.code("M"), "fullName", "X", "organisationId",
                "8d1c1a8e-0000-4000-8000-000000000000", "cadreCategory", "OTHER")).post("/api/v1/party-members").then()
                .statusCode(404).body("title", is("Không tìm thấy tổ chức đảng"));
        Api.as(inspector).header("Accept-Language", "en").body(Map.of("code", Api.code("M"), "fullName", "X",
                "organisationId", "8d1c1a8e-0000-4000-8000-000000000000", "cadreCategory", "OTHER"))
                .post("/api/v1/party-members").then().statusCode(404).body("title", is("Party organisation not found"))
                .body(not(containsString("Exception")));
        Api.as(inspector).get("/api/v1/party-organisations/not-a-uuid").then().statusCode(400);
    }

    @Test
    void csvImportIsAllOrNothingAndExportRoundTrips() {
        String p = Api.code("csv");
        String csv = "code,name,kind,parentCode,unitPath\n"
                + p + "-D,\"Đảng bộ phường, thử\",OTHER_COMMITTEE,," + UNIT + ".00701\n"
                + p + "-C1,Chi bộ 1,PARTY_CELL," + p + "-D,\n"
                + p + "-C2,Chi bộ 2,party_cell," + p + "-D,\n";
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/party-organisations/import")
                .then().statusCode(200).body("created", is(3));
        String members = "code,fullName,organisationCode,position,cadreCategory\n"
                + p + "-M1,Đinh Văn Một," + p + "-C1,Bí thư,STANDING_COMMITTEE_MANAGED\n";
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(members).post("/api/v1/party-members/import")
                .then().statusCode(200).body("created", is(1));
        String export = given().auth().oauth2(Api.inspector(UNIT + ".00701")).accept("text/csv")
                .get("/api/v1/party-organisations/export").then().statusCode(200).extract().asString();
        // RFC 4180 records end with CRLF (chassis CsvWriter, issue 15.7).
        org.junit.jupiter.api.Assertions.assertTrue(export.startsWith("code,name,kind,parentCode,unitPath\r\n"));
        org.junit.jupiter.api.Assertions.assertTrue(export.contains(p + "-D,\"Đảng bộ phường, thử\",OTHER_COMMITTEE,,"
                + UNIT + ".00701\r\n"), export);
        org.junit.jupiter.api.Assertions.assertTrue(export.contains(p + "-C2,Chi bộ 2,PARTY_CELL," + p + "-D,"), export);
        given().auth().oauth2(Api.inspector(UNIT + ".00701")).accept("text/csv").get("/api/v1/party-members/export")
                .then().statusCode(200).body(containsString(p + "-M1,Đinh Văn Một," + p + "-C1,Bí thư,STANDING_COMMITTEE_MANAGED"));

        // one bad row: nothing is imported
        String q = Api.code("csv");
        String bad = "code,name,kind,parentCode,unitPath\n" + q + "-A,A,PARTY_CELL,,\n" + q + "-B,B,CLUB,,\n";
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").header("Accept-Language", "en").body(bad)
                .post("/api/v1/party-organisations/import").then().statusCode(422)
                .body("detail", containsString("Line 3"));
        given().auth().oauth2(inspector).accept("text/csv").get("/api/v1/party-organisations/export").then()
                .body(not(containsString(q + "-A")));
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body("name,code\nx,y\n")
                .post("/api/v1/party-organisations/import").then().statusCode(422);
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8")
                .body("code,fullName,organisationCode,position,cadreCategory\nZ,Z,nobody,,OTHER\n")
                .post("/api/v1/party-members/import").then().statusCode(422);
    }

    @Test
    void relationsAreDeclaredOnceBetweenMembersOfTheUnit() {
        String org = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, null);
        String a = Api.member(inspector, Api.code("M"), "A", org, "OTHER");
        String b = Api.member(inspector, Api.code("M"), "B", org, "OTHER");
        Api.as(inspector).body(Map.of("relatedMemberId", b, "relation", "SIBLING"))
                .post("/api/v1/party-members/" + a + "/relations").then().statusCode(204);
        Api.as(inspector).body(Map.of("relatedMemberId", a, "relation", "SIBLING"))
                .post("/api/v1/party-members/" + b + "/relations").then().statusCode(409);
        Api.as(inspector).body(Map.of("relatedMemberId", a, "relation", "SELF"))
                .post("/api/v1/party-members/" + a + "/relations").then().statusCode(422);
    }

    /** Issue 15.7: names that start like spreadsheet formulas are exported as text, not evaluated. */
    @Test
    void formulaCellsInTheExportsAreDefused() {
        String p = Api.code("fx");
        String csv = "code,name,kind,parentCode,unitPath\n" + p + "-F,\"=HYPERLINK(\"\"http://x.example\"\")\",PARTY_CELL,,\n";
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/party-organisations/import")
                .then().statusCode(200);
        String members = "code,fullName,organisationCode,position,cadreCategory\n" + p + "-M,@SUM(A1)," + p + "-F,+1,OTHER\n";
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(members).post("/api/v1/party-members/import")
                .then().statusCode(200);
        String organisations = given().auth().oauth2(inspector).accept("text/csv").get("/api/v1/party-organisations/export")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                organisations.contains(p + "-F,\"'=HYPERLINK(\"\"http://x.example\"\")\",PARTY_CELL,"), organisations);
        String exported = given().auth().oauth2(inspector).accept("text/csv").get("/api/v1/party-members/export")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.contains(p + "-M,'@SUM(A1)," + p + "-F,'+1,OTHER"), exported);
    }
}
