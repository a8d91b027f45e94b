package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of the article for a unit subtree and a period: reception visits and person-visits,
 * petitions received by kind/channel/domain, accepted, not accepted, transferred, guided, resolved,
 * settled + in progress = received (status on the last day), overdue, flagged, complex cases open.
 */
@QuarkusTest
class StatisticsTest {

    static final String UNIT = "01.911";
    static final String WARD = UNIT + ".01101";
    static boolean ready;

    void visit(String unit, String at, int people, Boolean group) {
        var body = new java.util.HashMap<String, Object>(Map.of("unitPath", unit, "visitAt", at,
                "place", "Trụ sở tiếp công dân quận", "kind", "REGULAR", "receivingOfficial", "Cán bộ tiếp dân",
                "people", people, "summary", "Hỏi về thủ tục", "outcome", "GUIDANCE_GIVEN"));
        if (group != null) {
            body.put("groupVisit", group);
        }
        reception(UNIT).body(body).post("/api/v1/reception-visits").then().statusCode(201);
    }

    String petition(String unit, String kind, String channel, LocalDate received, String... domains) {
        var body = intake(unit, kind, received, "Vụ việc " + System.nanoTime(), "Nội dung " + System.nanoTime(),
                domains);
        body.put("channel", channel);
        return reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
    }

    @BeforeEach
    void data() {
        if (ready) {
            return;
        }
        ready = true;
        visit(UNIT, "2022-03-01T08:30:00", 1, null);
        visit(WARD, "2022-03-15T09:00:00", 12, null); // group by size
        visit(UNIT, "2022-04-02T14:00:00", 3, true);
        visit(UNIT, "2022-07-01T08:00:00", 40, null); // outside the period

        LocalDate d = LocalDate.of(2022, 3, 1);
        String resolved = petition(UNIT, "COMPLAINT", "AT_RECEPTION", d, "LAND_MANAGEMENT");
        move(UNIT, resolved, "ACCEPT", d.plusDays(3));
        move(UNIT, resolved, "START_VERIFICATION", d.plusDays(4));
        move(UNIT, resolved, "RESOLVE", d.plusDays(20), "outcome", "RIGHT");
        String notAccepted = petition(WARD, "COMPLAINT", "POST", d, "LAND_MANAGEMENT", "SITE_CLEARANCE");
        move(UNIT, notAccepted, "NOT_ACCEPT", d.plusDays(2), "legalGround", "TIME_LIMIT_EXPIRED");
        String transferred = petition(UNIT, "CRIME_REPORT", "POST", d.plusDays(1), "OTHER");
        move(UNIT, transferred, "TRANSFER", d.plusDays(2), "toAgency", "Công an quận");
        String guided = petition(UNIT, "RECOMMENDATION", "AT_RECEPTION", d.plusDays(2), "URBAN_MANAGEMENT");
        move(UNIT, guided, "GUIDE", d.plusDays(3));
        // Accepted 7 March (due 6 April), resolved only after the period: in progress and overdue on 30 April.
        String late = petition(UNIT, "DENUNCIATION", "AT_RECEPTION", d.plusDays(5), "PUBLIC_INVESTMENT");
        move(UNIT, late, "ACCEPT", d.plusDays(6));
        move(UNIT, late, "START_VERIFICATION", d.plusDays(7));
        move(UNIT, late, "RESOLVE", LocalDate.of(2022, 5, 20), "outcome", "WRONG");
        // Still waiting for acceptance: overdue on 30 April (due 18 April; 11 April 2022 is a holiday).
        String waiting = petition(UNIT, "COMPLAINT", "AT_RECEPTION", LocalDate.of(2022, 4, 1), "LAND_MANAGEMENT");
        handler(UNIT).body(Map.of("summary", "Dấu hiệu tham nhũng", "flaggedDate", "2022-04-05"))
                .post("/api/v1/petitions/" + waiting + "/corruption-signs").then().statusCode(200);
        handler(UNIT).body(Map.of("complex", true, "prolonged", false, "crowded", false, "reasons", "Phức tạp",
                "registerDate", "2022-04-10")).put("/api/v1/petitions/" + waiting + "/register").then().statusCode(200);
        // Received after the period: not counted.
        petition(UNIT, "COMPLAINT", "AT_RECEPTION", LocalDate.of(2022, 5, 2), "LAND_MANAGEMENT");
    }

    @Test
    void figuresForTheDistrictAndPeriod() {
        as("leader-911", UNIT, "leader").queryParam("from", "2022-03-01").queryParam("to", "2022-04-30")
                .get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("unit", is(UNIT))
                .body("receptionVisits", is(3)).body("personVisits", is(16)).body("groupVisits", is(2))
                .body("received", is(6))
                .body("receivedByKind.COMPLAINT", is(3)).body("receivedByKind.DENUNCIATION", is(1))
                .body("receivedByKind.CRIME_REPORT", is(1)).body("receivedByKind.RECOMMENDATION", is(1))
                .body("receivedByKind.FEEDBACK", is(0))
                .body("receivedByChannel.AT_RECEPTION", is(4)).body("receivedByChannel.POST", is(2))
                .body("receivedByDomain.LAND_MANAGEMENT", is(3)).body("receivedByDomain.SITE_CLEARANCE", is(1))
                .body("accepted", is(2)).body("notAccepted", is(1)).body("transferred", is(1)).body("guided", is(1))
                .body("resolved", is(1))
                .body("settled", is(4)).body("inProgress", is(2))
                .body("overdue", is(2))
                .body("corruptionSignsFlagged", is(1))
                .body("complexCasesOpen", is(1));
    }

    @Test
    void statusIsTakenOnTheLastDayOfThePeriod() {
        as("leader-911", UNIT, "leader").queryParam("from", "2022-03-01").queryParam("to", "2022-05-31")
                .get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("received", is(7)).body("resolved", is(2)).body("settled", is(5)).body("inProgress", is(2))
                .body("personVisits", is(16));
    }

    @Test
    void aWardSeesItsOwnFiguresOnly() {
        as("leader-ward", WARD, "leader").queryParam("from", "2022-03-01").queryParam("to", "2022-04-30")
                .get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("unit", is(WARD)).body("received", is(1)).body("notAccepted", is(1))
                .body("receptionVisits", is(1)).body("personVisits", is(12));
        as("leader-ward", WARD, "leader").queryParam("unit", UNIT).queryParam("from", "2022-03-01")
                .queryParam("to", "2022-04-30").get("/api/v1/petitions/statistics").then().statusCode(404);
        as("city-reader", "01", "statistics-reader").queryParam("unit", UNIT).queryParam("from", "2022-03-01")
                .queryParam("to", "2022-04-30").get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("received", is(6));
        as("leader-911", UNIT, "leader").queryParam("from", "2022-03-01").get("/api/v1/petitions/statistics")
                .then().statusCode(400);
    }
}
