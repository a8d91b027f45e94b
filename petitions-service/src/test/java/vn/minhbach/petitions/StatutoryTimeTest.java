package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 16: the calendar of 2023–2027 (official years with their notices, 2027 provisional), due dates
 * that follow a publication or a rule correction, rules in force for a period, the second instance's
 * two clocks and a denunciation's extensions.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatutoryTimeTest {

    static final String UNIT = "01.916";

    private static String path(String id) {
        return "/api/v1/petitions/" + id;
    }

    /**
     * Every weekday off and every worked Saturday of 2023–2027 as the calendar API states them, against
     * the lists checked by hand from the notices (2023–2026) and from the Labour Code (2027): substitute
     * days (Đ.111 k.3), swaps with a worked Saturday, the day next to 2/9, Tết on both sides of a weekend.
     */
    @Test
    @Order(0)
    void everyWeekdayOffAndWorkedSaturdayOf2023To2027() {
        Map<Integer, List<String>> off = Map.of(
                // 2/1 for Sunday 1/1; Tết Fri 20 – Thu 26 Jan around the weekend 21–22 (two given back);
                // Hùng Kings Sat 29/4 and Sun 30/4 given back on 2, 3 May; 1/9 adjacent, 4/9 for Sat 2/9
                2023, List.of("2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26",
                        "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"),
                // Tết Thu 8 – Wed 14 Feb around the weekend 10–11; 29/4 swapped; 3/9 adjacent
                2024, List.of("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                        "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
                // Tết Mon 27 – Fri 31 Jan; 2/5 swapped; 1/9 adjacent
                2025, List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                        "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                // 2/1 swapped; Tết Mon 16 – Fri 20 Feb; 27/4 for Sunday 26/4; 31/8 swapped; 1/9 adjacent
                2026, List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                        "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
                        "2026-09-02"),
                // provisional: Tết Fri 5 – Tue 9 Feb with Sat 6, Sun 7 given back on 10, 11; 3/5 for Sat 1/5;
                // 3/9 adjacent to Thursday 2/9
                2027, List.of("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                        "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"));
        Map<Integer, List<String>> worked = Map.of(2023, List.of(), 2024, List.of("2024-05-04"),
                2025, List.of("2025-04-26"), 2026, List.of("2026-01-10", "2026-08-22"), 2027, List.of());
        for (int year = 2023; year <= 2027; year++) {
            var table = handler(UNIT).get("/api/v1/calendar/" + year).then().statusCode(200)
                    .body("status", is(year == 2027 ? "PROVISIONAL" : "OFFICIAL"))
                    .body("source", not(emptyOrNullString()))
                    .extract().jsonPath();
            List<Map<String, Object>> days = table.getList("days");
            List<String> weekdaysOff = new ArrayList<>();
            List<String> workdays = new ArrayList<>();
            for (Map<String, Object> d : days) {
                LocalDate day = LocalDate.parse((String) d.get("day"));
                assertTrue(d.get("source") instanceof String s && !s.isBlank(), "no source for " + d);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if ("HOLIDAY".equals(d.get("kind")) && !weekend) {
                    weekdaysOff.add(day.toString());
                } else if ("WORKDAY".equals(d.get("kind"))) {
                    assertTrue(weekend, "a worked day that is not a weekend day: " + d);
                    workdays.add(day.toString());
                }
            }
            assertEquals(off.get(year), weekdaysOff, "weekdays off " + year);
            assertEquals(worked.get(year), workdays, "worked weekend days " + year);
        }
        // the same through the counting: Fri 19 Jan 2024 + 15 working days skips Tết (8, 9, 12–14 Feb)
        // -> 16 Feb; Thu 25 Apr 2024 + 2 working days: 26 Apr, Sat 4 May worked is not reached yet -> 2 May
        dueDate("2024-01-19", 15, "WORKING_DAYS").body("dueDate", is("2024-02-16"));
        dueDate("2024-04-25", 2, "WORKING_DAYS").body("dueDate", is("2024-05-02"));
        dueDate("2024-05-02", 2, "WORKING_DAYS").body("dueDate", is("2024-05-04"));
        // 2/9/2023 on a Saturday: from Thu 31 Aug, 1 working day -> Tue 5 Sep (1/9, 4/9 off)
        dueDate("2023-08-31", 1, "WORKING_DAYS").body("dueDate", is("2023-09-05"));
        // 2026: from Wed 31 Dec 2025, 1 working day -> Mon 5 Jan; from Fri 9 Jan, 1 -> Sat 10 Jan (worked)
        dueDate("2025-12-31", 1, "WORKING_DAYS").body("dueDate", is("2026-01-05"));
        dueDate("2026-01-09", 1, "WORKING_DAYS").body("dueDate", is("2026-01-10"));
    }

    @Test
    @Order(1)
    void officialYearsCarryTheirNoticesAndEachKindOfDay() {
        // 2025: Tết 27–31 Jan, 7 Apr, 30 Apr–2 May with Saturday 26 Apr worked, 1–2 Sep
        handler(UNIT).get("/api/v1/calendar/2025").then().statusCode(200)
                .body("status", is("OFFICIAL")).body("source", containsString("8726/VPCP-KGVX"))
                .body("days.findAll { it.kind == 'HOLIDAY' }.day", hasItems("2025-01-27", "2025-01-31", "2025-04-07",
                        "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"))
                .body("days.find { it.day == '2025-04-26' }.kind", is("WORKDAY"))
                .body("days.findAll { it.source == null }", empty());
        // 2026: 2 Jan off / Sat 10 Jan worked; Tết 16–20 Feb; Hùng Kings on Sunday 26 Apr -> Monday 27 Apr;
        // 31 Aug off / Sat 22 Aug worked; 1–2 Sep (the adjacent day before 2/9)
        handler(UNIT).get("/api/v1/calendar/2026").then().statusCode(200)
                .body("status", is("OFFICIAL")).body("source", containsString("9441/TB-BNV"))
                .body("days.find { it.day == '2026-01-10' }.kind", is("WORKDAY"))
                .body("days.find { it.day == '2026-08-22' }.kind", is("WORKDAY"))
                .body("days.find { it.day == '2026-04-27' }.name", containsString("Nghỉ bù"))
                .body("days.find { it.day == '2026-09-01' }.name", containsString("liền kề"));
        // 2024: Tết 8–14 Feb across a weekend, 29 Apr swapped for Saturday 4 May (2450/VPCP-KGVX)
        handler(UNIT).get("/api/v1/calendar/2024").then().statusCode(200)
                .body("days.find { it.day == '2024-05-04' }.source", containsString("2450/VPCP-KGVX"))
                .body("days.find { it.day == '2024-02-08' }.source", containsString("5015/TB-LĐTBXH"));
        // 2023: 1 Jan on a Sunday given back on Monday 2 Jan
        handler(UNIT).get("/api/v1/calendar/2023").then().statusCode(200)
                .body("days.find { it.day == '2023-01-02' }.source", containsString("Đ.111 k.3"));
        // 2027: no notice yet -> generated, marked provisional, each day with its provision
        handler(UNIT).get("/api/v1/calendar/2027").then().statusCode(200)
                .body("status", is("PROVISIONAL"))
                .body("days.day", hasItems("2027-01-01", "2027-02-05", "2027-02-11", "2027-04-16", "2027-05-03",
                        "2027-09-03"))
                .body("days.every { it.source.contains('Bộ luật Lao động 2019') }", is(true));
    }

    @Test
    @Order(2)
    void dueDatesAcrossTheHolidaysThatWereMissingAndTheirBasis() {
        // From Fri 24 Jan 2025, 5 working days: 27–31 Jan are Tết -> 3, 4, 5, 6, 7 Feb
        dueDate("2025-01-24", 5, "WORKING_DAYS").body("dueDate", is("2025-02-07")).body("basis", is("OFFICIAL"));
        // From Thu 24 Apr 2025, 3 working days: 25 (Fri), Sat 26 worked, Mon 28 -> 28 Apr
        dueDate("2025-04-24", 3, "WORKING_DAYS").body("dueDate", is("2025-04-28"));
        // From Tue 29 Apr 2025, 1 working day: 30 Apr, 1, 2 May off, weekend -> Mon 5 May
        dueDate("2025-04-29", 1, "WORKING_DAYS").body("dueDate", is("2025-05-05"));
        // From Fri 13 Feb 2026, 1 working day: 16–20 Feb Tết -> Mon 23 Feb
        dueDate("2026-02-13", 1, "WORKING_DAYS").body("dueDate", is("2026-02-23"));
        // A calendar-day limit ending in Tết 2026 (Tue 17 Feb) ends on the first working day after it
        dueDate("2026-01-18", 30, "CALENDAR_DAYS").body("dueDate", is("2026-02-23"));
        // Into 2027: the count rests on the provisional year
        dueDate("2026-12-21", 10, "WORKING_DAYS").body("dueDate", is("2027-01-05"))
                .body("basis", is("PROVISIONAL")).body("provisionalYears", contains(2027));
    }

    private io.restassured.response.ValidatableResponse dueDate(String start, int days, String unit) {
        return handler(UNIT).queryParam("start", start).queryParam("days", days).queryParam("countUnit", unit)
                .get("/api/v1/calendar/due-date").then().statusCode(200);
    }

    @Test
    @Order(3)
    void publishing2027AsOfficialMovesARunningClockWithHistoryAndEvent() {
        // Complaint accepted Tue 1 Dec 2026: 30 working days (1 Jan 2027 provisional holiday) -> Wed 13 Jan 2027
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2026, 11, 25));
        move(UNIT, id, "ACCEPT", LocalDate.of(2026, 12, 1));
        handler(UNIT).get(path(id)).then().statusCode(200).body("resolutionDueDate", is("2027-01-13"))
                .body("clocks.find { it.deadline == 'RESOLUTION' }.basis", is("PROVISIONAL"));
        // A clock that does not reach 2027 is not touched
        String other = newPetition(UNIT, "COMPLAINT", LocalDate.of(2026, 11, 30)); // acceptance due 14 Dec 2026
        handler(UNIT).get(path(other)).then().body("acceptanceDueDate", is("2026-12-14"));

        // before the notice the clock ends on the 13th: overdue on the 14th
        handler(UNIT).queryParam("asOf", "2027-01-14").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", hasItem(id));

        // The notice: the provisional days, plus Monday 4 Jan off, paid back on Saturday 16 Jan
        List<Map<String, Object>> days = new ArrayList<>();
        handler(UNIT).get("/api/v1/calendar/2027").then().extract().jsonPath().getList("days", Map.class)
                .forEach(d -> days.add(Map.of("day", d.get("day"), "kind", d.get("kind"), "name", d.get("name"))));
        days.add(Map.of("day", "2027-01-04", "kind", "HOLIDAY", "name", "Nghỉ hoán đổi", "source", "Thông báo thử nghiệm"));
        days.add(Map.of("day", "2027-01-16", "kind", "WORKDAY", "name", "Làm bù", "source", "Thông báo thử nghiệm"));
        var body = Map.of("days", days, "source", "Thông báo thử nghiệm 1/TB-BNV (test)");
        handler(UNIT).body(body).put("/api/v1/calendar/2027").then().statusCode(403);
        admin().body(body).put("/api/v1/calendar/2027").then().statusCode(200)
                .body("status", is("OFFICIAL")).body("changedDays", contains("2027-01-04", "2027-01-16"))
                .body("clocksChanged", greaterThanOrEqualTo(1));

        handler(UNIT).get(path(id)).then().statusCode(200)
                .body("resolutionDueDate", is("2027-01-14")).body("nextDueDate", is("2027-01-14"))
                .body("clocks.find { it.deadline == 'RESOLUTION' }.basis", is("OFFICIAL"))
                .body("history[-1].action", is("DEADLINE_CHANGED"))
                .body("history[-1].note", containsString("2027-01-13 -> 2027-01-14"))
                .body("history[-1].note", containsString("Thông báo thử nghiệm 1/TB-BNV"));
        handler(UNIT).get(path(other)).then().body("acceptanceDueDate", is("2026-12-14"))
                .body("history.action", not(hasItem("DEADLINE_CHANGED")));
        handler(UNIT).get("/api/v1/calendar/2027").then().body("status", is("OFFICIAL"))
                .body("source", containsString("1/TB-BNV"));

        List<JsonNode> events = Events.until(id, "petition.deadline-changed");
        JsonNode changed = Events.first(events, "petition.deadline-changed").path("data");
        assertEquals("RESOLUTION", changed.path("deadline").asText());
        assertEquals("2027-01-13", changed.path("previousDueDate").asText());
        assertEquals("2027-01-14", changed.path("dueDate").asText());
        assertEquals(false, changed.path("provisional").asBoolean());
        assertEquals(UNIT, changed.path("unitPath").asText());
        // the lists use the new date
        handler(UNIT).queryParam("asOf", "2027-01-12").queryParam("days", 2).get("/api/v1/petitions/due-soon").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.nextDueDate", is("2027-01-14"))
                .body("items.find { it.id == '" + id + "' }.nextDueBasis", is("OFFICIAL"));
        handler(UNIT).queryParam("asOf", "2027-01-14").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // the due-date calculator says the same
        dueDate("2026-12-01", 30, "WORKING_DAYS").body("dueDate", is("2027-01-14")).body("basis", is("OFFICIAL"))
                .body("provisionalYears", empty());
    }

    private static Map<String, Object> rule(String kind, int days, String from, String to) {
        Map<String, Object> r = new HashMap<>(Map.of("kind", kind, "instance", 1, "phase", "RESOLUTION",
                "complexity", "NORMAL", "remoteArea", false, "days", days, "countUnit", "CALENDAR_DAYS",
                "maxExtensions", 0, "extensionDays", 0, "legalBasis", "Thử nghiệm hiệu lực theo thời gian"));
        r.put("effectiveFrom", from);
        r.put("effectiveTo", to);
        return r;
    }

    @Test
    @Order(4)
    void aRuleInForceFromADayChangesOnlyClocksStartedFromThatDay() {
        admin().body(rule("CRIME_REPORT", 30, null, "2026-06-30")).post("/api/v1/deadline-rules").then().statusCode(201);
        Number later = admin().body(rule("CRIME_REPORT", 20, "2026-07-01", null)).post("/api/v1/deadline-rules")
                .then().statusCode(201).body("effectiveFrom", is("2026-07-01")).extract().path("id");
        // overlapping periods are refused with a problem
        admin().body(rule("CRIME_REPORT", 25, "2026-06-15", "2026-07-15")).post("/api/v1/deadline-rules").then()
                .statusCode(409).contentType(containsString("application/problem+json"))
                .body("detail", anyOf(containsString("2026-06-30"), containsString("2026-07-01")));
        admin().body(rule("CRIME_REPORT", 25, "2026-08-01", "2026-07-01")).post("/api/v1/deadline-rules").then()
                .statusCode(422);

        String before = newPetition(UNIT, "CRIME_REPORT", LocalDate.of(2026, 6, 25));
        move(UNIT, before, "ACCEPT", LocalDate.of(2026, 6, 30));
        String after = newPetition(UNIT, "CRIME_REPORT", LocalDate.of(2026, 6, 25));
        move(UNIT, after, "ACCEPT", LocalDate.of(2026, 7, 1));
        // 30 Jun + 30 days = Thu 30 Jul; 1 Jul + 20 days = Tue 21 Jul
        handler(UNIT).get(path(before)).then().body("resolutionDueDate", is("2026-07-30"));
        handler(UNIT).get(path(after)).then().body("resolutionDueDate", is("2026-07-21"));

        // correcting the later rule (a data change, no release) recomputes only the clocks under it
        admin().body(rule("CRIME_REPORT", 25, "2026-07-01", null)).put("/api/v1/deadline-rules/" + later).then()
                .statusCode(200).body("days", is(25));
        handler(UNIT).get(path(after)).then().body("resolutionDueDate", is("2026-07-27")) // Sun 26 Jul -> Mon 27
                .body("history[-1].action", is("DEADLINE_CHANGED"))
                .body("history[-1].note", containsString("2026-07-21 -> 2026-07-27"));
        handler(UNIT).get(path(before)).then().body("resolutionDueDate", is("2026-07-30"))
                .body("history.action", not(hasItem("DEADLINE_CHANGED")));
        JsonNode changed = Events.first(Events.until(after, "petition.deadline-changed"), "petition.deadline-changed");
        assertTrue(changed.path("data").path("reason").asText().contains("deadline rule " + later));
    }

    @Test
    @Order(5)
    void secondInstanceHasAnAcceptanceClockThenAResolutionClock() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2026, 9, 1));
        move(UNIT, id, "ACCEPT", LocalDate.of(2026, 9, 3));
        move(UNIT, id, "START_VERIFICATION", LocalDate.of(2026, 9, 4));
        move(UNIT, id, "RESOLVE", LocalDate.of(2026, 9, 21), "outcome", "WRONG");
        // second complaint received Mon 28 Sep 2026: 10 working days (Luật Khiếu nại 2011 Đ.36) -> Mon 12 Oct
        handler(UNIT).body(step("APPEAL", LocalDate.of(2026, 9, 28))).post(path(id) + "/transitions").then()
                .statusCode(200).body("instance", is(2)).body("nextDeadline", is("ACCEPTANCE"))
                .body("acceptanceDueDate", is("2026-10-12")).body("resolutionDueDate", nullValue());
        // accepted Thu 1 Oct: 45 working days from the acceptance (Đ.37) -> Thu 3 Dec 2026
        handler(UNIT).body(step("ACCEPT", LocalDate.of(2026, 10, 1))).post(path(id) + "/transitions").then()
                .statusCode(200).body("status", is("ACCEPTED")).body("nextDeadline", is("RESOLUTION"))
                .body("resolutionDueDate", is("2026-12-03"))
                .body("clocks.deadline", contains("ACCEPTANCE", "RESOLUTION"))
                .body("clocks.find { it.deadline == 'ACCEPTANCE' }.start", is("2026-09-28"))
                .body("clocks.find { it.deadline == 'RESOLUTION' }.start", is("2026-10-01"))
                .body("clocks.find { it.deadline == 'RESOLUTION' }.instance", is(2));
    }

    @Test
    @Order(6)
    void denunciationExtensionsCountFromTheNominalEnd() {
        // Initial handling: 7 working days from Mon 2 Nov 2026 -> Wed 11 Nov; verification in several
        // places: at most 10 working days (Luật Tố cáo 2018 Đ.24 k.1) -> Mon 16 Nov; no more
        String id = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2026, 11, 2));
        handler(UNIT).get(path(id)).then().body("acceptanceDueDate", is("2026-11-11"));
        String ext = path(id) + "/extensions";
        handler(UNIT).body(Map.of("effectiveDate", "2026-11-05", "days", 4, "documentReference", "GH-1",
                "reason", "Xác minh tại nhiều địa điểm")).post(ext).then().statusCode(422);
        handler(UNIT).body(Map.of("effectiveDate", "2026-11-05", "days", 3, "documentReference", "GH-1",
                "reason", "Xác minh tại nhiều địa điểm")).post(ext).then().statusCode(200)
                .body("acceptanceDueDate", is("2026-11-16")).body("nextDueDate", is("2026-11-16"));
        handler(UNIT).body(Map.of("effectiveDate", "2026-11-06", "days", 1, "documentReference", "GH-2",
                "reason", "Lần hai")).post(ext).then().statusCode(422);

        // Especially complex, accepted Sat 15 Aug 2026: 30 days end Mon 14 Sep; two extensions of 30 days
        // from the nominal ends -> 14 Oct, then 13 Nov 2026 = 90 days after acceptance, not more
        String especially = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2026, 8, 10));
        handler(UNIT).body(step("ACCEPT", LocalDate.of(2026, 8, 15), "complexity", "ESPECIALLY_COMPLEX"))
                .post(path(especially) + "/transitions").then().statusCode(200)
                .body("resolutionDueDate", is("2026-09-14"));
        String ext2 = path(especially) + "/extensions";
        handler(UNIT).body(Map.of("effectiveDate", "2026-09-10", "days", 30, "documentReference", "GH-1",
                "reason", "Đặc biệt phức tạp")).post(ext2).then().statusCode(200)
                .body("resolutionDueDate", is("2026-10-14"));
        handler(UNIT).body(Map.of("effectiveDate", "2026-10-10", "days", 30, "documentReference", "GH-2",
                "reason", "Lần hai")).post(ext2).then().statusCode(200)
                .body("resolutionDueDate", is("2026-11-13"));
        assertEquals(LocalDate.of(2026, 8, 15).plusDays(90), LocalDate.of(2026, 11, 13));

        // Complex, accepted Thu 13 Aug 2026: 30 days end Sat 12 Sep, moved to Mon 14 Sep (Bộ luật Dân sự
        // Đ.148 k.5). The one extension runs from the nominal end, Sat 12 Sep: + 30 -> Mon 12 Oct (from the
        // moved date it would be Wed 14 Oct); a second extension of a complex case is refused.
        String complex = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2026, 8, 10));
        handler(UNIT).body(step("ACCEPT", LocalDate.of(2026, 8, 13), "complexity", "COMPLEX"))
                .post(path(complex) + "/transitions").then().statusCode(200)
                .body("resolutionDueDate", is("2026-09-14"));
        String ext3 = path(complex) + "/extensions";
        handler(UNIT).body(Map.of("effectiveDate", "2026-09-08", "days", 31, "documentReference", "GH-1",
                "reason", "Phức tạp")).post(ext3).then().statusCode(422)
                .contentType(containsString("application/problem+json"));
        handler(UNIT).body(Map.of("effectiveDate", "2026-09-08", "days", 30, "documentReference", "GH-1",
                "reason", "Phức tạp")).post(ext3).then().statusCode(200)
                .body("resolutionDueDate", is("2026-10-12"))
                .body("clocks.find { it.deadline == 'RESOLUTION' }.extensionDays", is(30));
        handler(UNIT).body(Map.of("effectiveDate", "2026-10-01", "days", 10, "documentReference", "GH-2",
                "reason", "Lần hai")).post(ext3).then().statusCode(422)
                .contentType(containsString("application/problem+json"));
    }
}
