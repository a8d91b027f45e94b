package vn.minhbach.programs.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.petitionEvent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.programs.Fixtures;

/**
 * Issue 17.5 across the reform of 1 July 2025 (NQ 1656/NQ-UBTVQH15): petitions of the former ward
 * 01.021.00610 (Xuân Đỉnh, Bắc Từ Liêm) before it, of the new ward 01.00611 (Phường Xuân Đỉnh) after
 * it, and one petition received by the former ward and handed over to the new one on 1 July
 * (petition.reassigned, then resolved by the successor). A city report from January to December 2025
 * counts each of them once; the new ward's report from July 2025 to today works and counts what it
 * received; the former district's report counts what its wards received. Figures are read as the
 * change this test makes (the suite's database is shared with other tests).
 */
@QuarkusTest
class ReformReportTest {

    static final String OLD = "01.021.00610";
    static final String NEW = "01.00611";
    static final String YEAR = "&from=2025-01-01&to=2025-12-31";

    record Figures(long received, long settled) {
    }

    static Figures read(String unit, String period) {
        JsonPath r = as("leader-city", "01", "leader").accept("application/json")
                .get("/api/v1/reports/period?unit=" + unit + period).then().statusCode(200).extract().jsonPath();
        return new Figures(r.getLong("citizenReception.petitionsReceived"), r.getLong("citizenReception.petitionsSettled"));
    }

    static Map<String, Object> received(String id, String unit, LocalDate on) {
        return Map.of("unitPath", unit, "petitionId", id, "number", "CT-" + id.substring(0, 8), "kind", "COMPLAINT",
                "channel", "POST", "domains", List.of(), "receivedDate", on.toString(), "anonymous", false);
    }

    static Fixtures.Event transition(String type, String id, String unit, String from, String to, LocalDate on) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("unitPath", unit, "petitionId", id, "from", from, "to", to,
                "effectiveDate", on.toString(), "outcome", "RIGHT", "onTime", true));
        if (type.equals("petition.accepted")) { // as petitions-service publishes it: the clocks it started
            data.put("acceptanceDueDate", on.plusDays(10).toString());
            data.put("resolutionDueDate", on.plusDays(30).toString());
        }
        if (type.equals("petition.transferred")) {
            data.put("toAgency", "Sở Tài nguyên và Môi trường");
        }
        return petitionEvent(type, id, data);
    }

    @Test
    void aCityReportAcrossTheReformCountsEveryRecordOnce() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String sinceReform = "&from=2025-07-01&to=" + today;
        Figures city0 = read("01", YEAR);
        Figures district0 = read("01.021", YEAR);
        Figures ward0 = read(NEW, sinceReform);
        Figures former0 = read(OLD, YEAR);

        List<Fixtures.Event> events = new ArrayList<>();
        // Six petitions of the former ward, the last on its last day; two settled before the reform.
        for (int i = 0; i < 6; i++) {
            String id = UUID.randomUUID().toString();
            LocalDate on = i == 5 ? LocalDate.of(2025, 6, 30) : LocalDate.of(2025, 4, 1).plusDays(i * 10L);
            events.add(petitionEvent("petition.received", id, received(id, OLD, on)));
            if (i < 2) {
                events.add(transition("petition.resolved", id, OLD, "RECEIVED", "RESOLVED", on.plusDays(20)));
            }
        }
        // One received by the former ward, handed over to the new ward on 1 July, resolved by it.
        String handed = UUID.randomUUID().toString();
        events.add(petitionEvent("petition.received", handed, received(handed, OLD, LocalDate.of(2025, 6, 20))));
        events.add(transition("petition.accepted", handed, OLD, "RECEIVED", "ACCEPTED", LocalDate.of(2025, 6, 22)));
        events.add(petitionEvent("petition.reassigned", handed, Map.of("unitPath", NEW, "petitionId", handed,
                "fromUnit", OLD, "toUnit", NEW, "effectiveDate", "2025-07-01")));
        events.add(transition("petition.resolved", handed, NEW, "ACCEPTED", "RESOLVED", LocalDate.of(2025, 8, 10)));
        // Four petitions of the new ward from its first day; one settled.
        for (int i = 0; i < 4; i++) {
            String id = UUID.randomUUID().toString();
            LocalDate on = LocalDate.of(2025, 7, 1).plusDays(i * 20L);
            events.add(petitionEvent("petition.received", id, received(id, NEW, on)));
            if (i == 0) {
                events.add(transition("petition.resolved", id, NEW, "RECEIVED", "RESOLVED", on.plusDays(15)));
            }
        }
        Fixtures.send(events);
        Fixtures.await("the city report to count the 11 petitions", Duration.ofSeconds(120),
                () -> read("01", YEAR).received() - city0.received() >= 11
                        && read("01", YEAR).settled() - city0.settled() >= 4);

        Figures city = read("01", YEAR);
        assertEquals(11, city.received() - city0.received(), "each petition once in the city's 2025");
        assertEquals(4, city.settled() - city0.settled(), "each settlement once, the handed-over one included");
        Figures district = read("01.021", YEAR);
        Figures ward = read(NEW, sinceReform);
        assertEquals(7, district.received() - district0.received(), "the former district: what its ward received");
        assertEquals(4, ward.received() - ward0.received(), "the new ward from July 2025 to today");
        assertEquals(1, ward.settled() - ward0.settled());
        assertEquals(city.received() - city0.received(),
                (district.received() - district0.received()) + (ward.received() - ward0.received()),
                "no petition counted under both the former and the new unit");
        assertEquals(7, read(OLD, YEAR).received() - former0.received());
        // The new ward's own official reads its report from its first day.
        as("leader-xuandinh", NEW, "leader").accept("application/json")
                .get("/api/v1/reports/period?unit=" + NEW + sinceReform).then().statusCode(200);
    }
}
