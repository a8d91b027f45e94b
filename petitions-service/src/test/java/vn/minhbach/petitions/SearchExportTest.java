package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search by kind, status, domain, unit subtree, period, overdue and accent-insensitive text; paging; CSV. */
@QuarkusTest
class SearchExportTest {

    static final String UNIT = "01.910";
    static final String WARD = UNIT + ".01001";
    static String land;
    static String building;
    static String old;

    /** Created once for the class (RestAssured is only set up once the app runs, hence not @BeforeAll). */
    @BeforeEach
    void data() {
        if (old != null) {
            return;
        }
        land = reception(WARD).body(intake(WARD, "COMPLAINT", LocalDate.of(2023, 2, 6),
                "Quyết định bồi thường đất đai dự án đường vành đai", "Khiếu nại mức bồi thường giải phóng mặt bằng",
                "LAND_MANAGEMENT", "SITE_CLEARANCE")).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        building = reception(UNIT).body(intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 2, 20),
                "Chủ đầu tư xây dựng sai phép", "Tố cáo xây dựng vượt tầng", "CONSTRUCTION_ORDER"))
                .post("/api/v1/petitions").then().statusCode(201).extract().path("petition.id");
        old = reception(UNIT).body(intake(UNIT, "FEEDBACK", LocalDate.of(2022, 11, 7),
                "Phản ánh đèn chiếu sáng", "Đèn hỏng", "URBAN_MANAGEMENT"))
                .post("/api/v1/petitions").then().statusCode(201).extract().path("petition.id");
        move(UNIT, building, "ACCEPT", LocalDate.of(2023, 2, 21));
    }

    @Test
    void filtersCombine() {
        handler(UNIT).queryParam("kind", "COMPLAINT").get("/api/v1/petitions").then().statusCode(200)
                .body("items.id", hasItem(land)).body("items.id", not(hasItem(building)));
        handler(UNIT).queryParam("status", "ACCEPTED").get("/api/v1/petitions").then()
                .body("items.id", contains(building));
        handler(UNIT).queryParam("domain", "SITE_CLEARANCE").get("/api/v1/petitions").then()
                .body("items.id", contains(land));
        handler(UNIT).queryParam("unit", WARD).get("/api/v1/petitions").then()
                .body("items.id", contains(land));
        handler(UNIT).queryParam("from", "2023-01-01").queryParam("to", "2023-02-28").get("/api/v1/petitions").then()
                .body("totalItems", is(2)).body("items.id", not(hasItem(old)));
        handler(UNIT).queryParam("overdue", true).queryParam("asOf", "2023-02-15").get("/api/v1/petitions").then()
                .body("items.id", contains(old));
        handler(UNIT).queryParam("from", "2023-03-01").queryParam("to", "2023-02-01").get("/api/v1/petitions").then()
                .statusCode(400);
    }

    @Test
    void textSearchIgnoresVietnameseAccents() {
        handler(UNIT).queryParam("q", "dat dai").get("/api/v1/petitions").then().statusCode(200)
                .body("items.id", contains(land));
        handler(UNIT).queryParam("q", "XÂY DỰNG").get("/api/v1/petitions").then().body("items.id", contains(building));
        handler(UNIT).queryParam("q", "giai phong mat bang").get("/api/v1/petitions").then()
                .body("items.id", contains(land));
        handler(UNIT).queryParam("q", "100%_").get("/api/v1/petitions").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void pagingReportsTotals() {
        handler(UNIT).queryParam("size", 2).queryParam("page", 0).get("/api/v1/petitions").then()
                .body("items.size()", is(2)).body("totalItems", is(3)).body("size", is(2)).body("page", is(0));
        handler(UNIT).queryParam("size", 2).queryParam("page", 1).get("/api/v1/petitions").then()
                .body("items.size()", is(1));
        handler(UNIT).queryParam("size", 500).get("/api/v1/petitions").then().statusCode(400);
    }

    @Test
    void anotherDistrictSeesNothing() {
        handler("01.009").get("/api/v1/petitions").then().statusCode(200).body("items.id", not(hasItem(land)));
        handler("01.009").queryParam("unit", UNIT).get("/api/v1/petitions").then().statusCode(404);
        String csv = as("leader-9", "01.009", "leader").accept("text/csv").get("/api/v1/petitions/export").then()
                .statusCode(200).extract().asString();
        assertFalse(csv.contains(UNIT));
        as("leader-9", "01.009", "leader").queryParam("unit", UNIT).queryParam("from", "2023-01-01")
                .queryParam("to", "2023-12-31").get("/api/v1/petitions/statistics").then().statusCode(404);
    }

    @Test
    void csvExportHasTheFilteredRowsAndNoIdentity() {
        String csv = as("leader-910", UNIT, "leader").accept("text/csv").queryParam("kind", "COMPLAINT")
                .get("/api/v1/petitions/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("number,unitPath,receivedDate"));
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].contains("LAND_MANAGEMENT|SITE_CLEARANCE"));
        assertFalse(csv.contains("Nguyễn Văn An") || csv.contains("001080012345") || csv.contains("0912345678"));
    }

    /** Issue 15.7: a subject that starts like a spreadsheet formula is exported as text. */
    @Test
    void formulaCellsInTheExportAreDefused() {
        String unit = "01.912";
        reception(unit).body(intake(unit, "FEEDBACK", LocalDate.of(2023, 3, 1), "=HYPERLINK(\"http://x.example\",\"bấm\")",
                "Phản ánh", "URBAN_MANAGEMENT")).post("/api/v1/petitions").then().statusCode(201);
        String csv = as("leader-912", unit, "leader").accept("text/csv").get("/api/v1/petitions/export").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\","), csv);
        assertFalse(csv.contains(",\"=HYPERLINK"), csv);
    }
}
