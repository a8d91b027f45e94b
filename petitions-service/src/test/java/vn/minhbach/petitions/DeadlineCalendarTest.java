package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.petitions.service.DeadlineScanner;

/**
 * Statutory clocks: rules as data, working days against the holiday table (Tết 2022 is seeded:
 * 31 Jan - 4 Feb 2022), calendar-day limits ending on a day off, extensions, due-soon and overdue
 * lists, and the exactly-once deadline events.
 */
@QuarkusTest
class DeadlineCalendarTest {

    static final String UNIT = "01.903";

    @Inject
    DeadlineScanner scanner;

    String accept(String id, LocalDate date, String complexity) {
        return handler(UNIT).body(step("ACCEPT", date, "complexity", complexity))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(200)
                .extract().path("resolutionDueDate");
    }

    @Test
    void denunciationAcceptedJustBeforeTetIsDueAfterTheHolidays() {
        // Received Thu 27 Jan 2022: 7 working days for acceptance skip the Tết week -> Mon 14 Feb (not 7 Feb).
        String id = reception(UNIT).body(intake(UNIT, "DENUNCIATION", LocalDate.of(2022, 1, 27),
                        "Cán bộ địa chính phường", "Tố cáo trước Tết")).post("/api/v1/petitions")
                .then().statusCode(201).body("petition.acceptanceDueDate", is("2022-02-14"))
                .extract().path("petition.id");
        // Accepted Fri 28 Jan 2022, the last working day before Tết.
        String due = accept(id, LocalDate.of(2022, 1, 28), "NORMAL");
        // 30 calendar days (Luật Tố cáo 2018 Điều 30) end Sun 27 Feb -> next working day Mon 28 Feb.
        assertEquals("2022-02-28", due);

        // Accepted Fri 31 Dec 2021: 30 calendar days end Sun 30 Jan 2022, inside the Tết break, so the
        // limit ends on the first working day after Tết, Mon 7 Feb 2022.
        String early = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2021, 12, 30));
        assertEquals("2022-02-07", accept(early, LocalDate.of(2021, 12, 31), "NORMAL"));
        handler(UNIT).get("/api/v1/petitions/" + early).then()
                .body("acceptedDate", is("2021-12-31"))
                .body("resolutionDueDate", is("2022-02-07"))
                .body("extensionsUsed", is(0));
    }

    @Test
    void complaintCountsWorkingDaysAcrossTet() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2022, 1, 20));
        // Accepted Fri 28 Jan 2022: 30 working days skip 31 Jan-4 Feb -> Fri 18 Mar 2022.
        assertEquals("2022-03-18", accept(id, LocalDate.of(2022, 1, 28), "NORMAL"));
        String complex = newPetition(UNIT, "COMPLAINT", LocalDate.of(2022, 1, 20));
        // Complex: 45 working days -> Fri 8 Apr 2022.
        assertEquals("2022-04-08", accept(complex, LocalDate.of(2022, 1, 28), "COMPLEX"));
    }

    @Test
    void complexDenunciationMayBeExtendedOnceEspeciallyComplexTwice() {
        String complex = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2022, 6, 1));
        assertEquals("2022-07-04", accept(complex, LocalDate.of(2022, 6, 3), "COMPLEX")); // 3 Jul is a Sunday
        String ext = "/api/v1/petitions/" + complex + "/extensions";
        Map<String, Object> body = Map.of("effectiveDate", "2022-06-30", "days", 30,
                "documentReference", "QĐ-GH-01", "reason", "Vụ việc phức tạp, cần xác minh thêm");
        handler(UNIT).body(Map.of("effectiveDate", "2022-06-30", "days", 31, "documentReference", "QĐ-GH-01",
                "reason", "Quá dài")).post(ext).then().statusCode(422);
        // the extension counts from the nominal end (Sun 3 Jul), not from the working day it was moved
        // to (Mon 4 Jul): 30 + 30 days from 3 Jun -> Tue 2 Aug 2022 (Luật Tố cáo 2018 Đ.30 k.1, k.2)
        handler(UNIT).body(body).post(ext).then().statusCode(200)
                .body("resolutionDueDate", is("2022-08-02")).body("extensionsUsed", is(1))
                .body("history[-1].action", is("EXTEND"));
        handler(UNIT).body(Map.of("effectiveDate", "2022-07-30", "days", 30, "documentReference", "QĐ-GH-02",
                "reason", "Lần hai")).post(ext).then().statusCode(422);

        String especially = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2022, 6, 1));
        accept(especially, LocalDate.of(2022, 6, 3), "ESPECIALLY_COMPLEX");
        String ext2 = "/api/v1/petitions/" + especially + "/extensions";
        handler(UNIT).body(body).post(ext2).then().statusCode(200).body("extensionsUsed", is(1));
        handler(UNIT).body(Map.of("effectiveDate", "2022-07-30", "days", 30, "documentReference", "QĐ-GH-02",
                "reason", "Lần hai")).post(ext2).then().statusCode(200).body("extensionsUsed", is(2))
                .body("resolutionDueDate", is("2022-09-05")); // 2 Sep 2022 is a holiday, 3-4 a weekend
        handler(UNIT).body(Map.of("effectiveDate", "2022-08-30", "days", 10, "documentReference", "QĐ-GH-03",
                "reason", "Lần ba")).post(ext2).then().statusCode(422);

        String normal = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2022, 6, 1));
        accept(normal, LocalDate.of(2022, 6, 3), "NORMAL");
        handler(UNIT).body(body).post("/api/v1/petitions/" + normal + "/extensions").then().statusCode(422);
    }

    @Test
    void adminMaintainsTheHolidayTableWithCompensatingWorkingDays() {
        // 2019 is used only by this test.
        var table = Map.of("days", List.of(
                Map.of("day", "2019-02-04", "kind", "HOLIDAY", "name", "Tết Nguyên đán"),
                Map.of("day", "2019-02-05", "kind", "HOLIDAY", "name", "Tết Nguyên đán"),
                Map.of("day", "2019-02-09", "kind", "WORKDAY", "name", "Làm bù")));
        as("officer", "01.903", "petition-handler").body(table).put("/api/v1/calendar/2019").then().statusCode(403);
        given().contentType("application/json").body(table).put("/api/v1/calendar/2019").then().statusCode(401);
        admin().body(table).put("/api/v1/calendar/2019").then().statusCode(200).body("days.size()", is(3))
                .body("status", is("OFFICIAL"));
        handler(UNIT).get("/api/v1/calendar/2019").then().statusCode(200).body("status", is("OFFICIAL"))
                .body("days.day", contains("2019-02-04", "2019-02-05", "2019-02-09"));
        // From Fri 1 Feb 2019, 3 working days: Mon 4, Tue 5 are off, Sat 9 is worked -> 6, 7, 8 -> Fri 8.
        handler(UNIT).queryParam("start", "2019-02-01").queryParam("days", 3).queryParam("countUnit", "WORKING_DAYS")
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueDate", is("2019-02-08"));
        // 5 working days: 6, 7, 8, Sat 9 (compensating), 11 -> Mon 11.
        handler(UNIT).queryParam("start", "2019-02-01").queryParam("days", 5).queryParam("countUnit", "WORKING_DAYS")
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueDate", is("2019-02-11"));
        // A correction applies to the next computation, although the year's days were just read:
        // only Mon 4 off now, no compensating Saturday -> 5, 6, 7 -> Thu 7.
        admin().body(Map.of("days", List.of(Map.of("day", "2019-02-04", "kind", "HOLIDAY", "name", "Tết Nguyên đán"))))
                .put("/api/v1/calendar/2019").then().statusCode(200).body("days.size()", is(1));
        handler(UNIT).queryParam("start", "2019-02-01").queryParam("days", 3).queryParam("countUnit", "WORKING_DAYS")
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueDate", is("2019-02-07"));
        admin().body(Map.of("days", List.of(Map.of("day", "2020-01-01", "kind", "HOLIDAY", "name", "x"))))
                .put("/api/v1/calendar/2019").then().statusCode(422);
    }

    @Test
    void rulesAreDataWithTheirLegalBasisAndAdminCanChangeThem() {
        handler(UNIT).get("/api/v1/deadline-rules").then().statusCode(200)
                .body("find { it.kind == 'DENUNCIATION' && it.phase == 'RESOLUTION' && it.complexity == 'COMPLEX' }.countUnit",
                        is("CALENDAR_DAYS"))
                .body("find { it.kind == 'DENUNCIATION' && it.phase == 'RESOLUTION' && it.complexity == 'COMPLEX' }.maxExtensions",
                        is(1))
                .body("find { it.kind == 'COMPLAINT' && it.phase == 'ACCEPTANCE' && it.instance == 1 }.legalBasis",
                        containsString("Luật Khiếu nại 2011"));
        var rule = Map.of("kind", "CRIME_REPORT", "instance", 1, "phase", "ACCEPTANCE", "complexity", "NORMAL",
                "remoteArea", false, "days", 5, "countUnit", "WORKING_DAYS", "maxExtensions", 0, "extensionDays", 0,
                "legalBasis", "Bộ luật Tố tụng hình sự 2015, Điều 145 (thử nghiệm)");
        handler(UNIT).body(rule).post("/api/v1/deadline-rules").then().statusCode(403);
        Number ruleId = admin().body(rule).post("/api/v1/deadline-rules").then().statusCode(201).extract().path("id");
        admin().body(rule).post("/api/v1/deadline-rules").then().statusCode(409);
        // Received Mon 6 Jun 2022 -> 5 working days -> Mon 13 Jun.
        reception(UNIT).body(intake(UNIT, "CRIME_REPORT", LocalDate.of(2022, 6, 6), "Tố giác", "Nội dung"))
                .post("/api/v1/petitions").then().statusCode(201).body("petition.acceptanceDueDate", is("2022-06-13"));
        var changed = new java.util.HashMap<String, Object>(rule);
        changed.put("days", 4);
        admin().body(changed).put("/api/v1/deadline-rules/" + ruleId).then().statusCode(200).body("days", is(4));
        reception(UNIT).body(intake(UNIT, "CRIME_REPORT", LocalDate.of(2022, 6, 6), "Tố giác", "Nội dung"))
                .post("/api/v1/petitions").then().statusCode(201).body("petition.acceptanceDueDate", is("2022-06-10"));
        admin().body(changed).put("/api/v1/deadline-rules/999999").then().statusCode(404);
    }

    @Test
    void dueSoonAndOverdueListsPerUnit() {
        String unit = UNIT + ".00301";
        String soon = newPetition(unit, "COMPLAINT", LocalDate.of(2022, 6, 1)); // acceptance due 15 Jun 2022
        String late = newPetition(unit, "COMPLAINT", LocalDate.of(2022, 5, 16)); // due 30 May 2022
        String done = newPetition(unit, "COMPLAINT", LocalDate.of(2022, 5, 16));
        move(UNIT, done, "GUIDE", LocalDate.of(2022, 5, 17));
        var officer = as("ward-officer", unit, "reception-officer");
        officer.queryParam("asOf", "2022-06-13").queryParam("days", 3).get("/api/v1/petitions/due-soon").then()
                .statusCode(200).body("items.id", hasItem(soon)).body("items.id", not(hasItem(late)))
                .body("items.find { it.id == '" + soon + "' }.nextDueDate", is("2022-06-15"));
        as("ward-officer", unit, "reception-officer").queryParam("asOf", "2022-06-13")
                .get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", hasItem(late)).body("items.id", not(hasItem(soon))).body("items.id", not(hasItem(done)))
                .body("totalItems", is(1));
        as("other", "01.004", "reception-officer").queryParam("asOf", "2022-06-13")
                .get("/api/v1/petitions/overdue").then().statusCode(200).body("items.id", not(hasItem(late)));
    }

    @Test
    void scannerEmitsApproachingAndOverdueExactlyOnce() {
        String id = newPetition(UNIT + ".00302", "COMPLAINT", LocalDate.of(2022, 8, 1)); // acceptance due 15 Aug
        scanner.scan(LocalDate.of(2022, 8, 13));
        scanner.scan(LocalDate.of(2022, 8, 14));
        scanner.scan(LocalDate.of(2022, 8, 16));
        scanner.scan(LocalDate.of(2022, 8, 17));
        List<JsonNode> events = Events.forKey(Events.TOPIC, id, evs -> evs.stream()
                .filter(e -> e.path("type").asText().startsWith("petition.overdue")).count() >= 1
                && evs.stream().anyMatch(e -> e.path("type").asText().equals("petition.deadline-approaching")));
        // give a late duplicate a chance to show up
        events = Events.forKey(Events.TOPIC, id, evs -> evs.size() > 3);
        assertEquals(1, events.stream().filter(e -> e.path("type").asText().equals("petition.deadline-approaching")).count());
        assertEquals(1, events.stream().filter(e -> e.path("type").asText().equals("petition.overdue")).count());
        JsonNode overdue = Events.first(events, "petition.overdue").path("data");
        assertEquals("ACCEPTANCE", overdue.path("deadline").asText());
        assertEquals("2022-08-15", overdue.path("dueDate").asText());
    }
}
