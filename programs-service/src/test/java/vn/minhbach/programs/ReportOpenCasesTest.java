package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.inspectionEvent;
import static vn.minhbach.programs.Fixtures.petitionEvent;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.5 (01.989): cases of the steering committee's register still open on {@code to}, and
 * corruption cases detected and still to be handled on {@code to}, each as of the period's end.
 */
@QuarkusTest
class ReportOpenCasesTest {

    static final String UNIT = "01.989";

    static String report(String to) {
        return "/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=" + to;
    }

    @Test
    void openRegisterCasesAndCorruptionCasesToHandleAreCountedAsOfTo() {
        List<Fixtures.Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = Fixtures.uuid("p-open-" + i);
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", UNIT, "petitionId", id, "number",
                    "O-" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(), "receivedDate", "2022-01-10",
                    "anonymous", false)));
        }
        // 0: registered 1/2, resolved 1/5 (appealed 1/7, open again); 1: registered 1/4 and still open.
        events.add(petitionEvent("petition.register-updated", Fixtures.uuid("p-open-0"), Map.of("unitPath", UNIT, "petitionId",
                Fixtures.uuid("p-open-0"), "complex", true, "prolonged", false, "crowded", false, "registerDate", "2022-02-01")));
        events.add(petitionEvent("petition.resolved", Fixtures.uuid("p-open-0"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-open-0"),
                "from", "ACCEPTED", "to", "RESOLVED", "effectiveDate", "2022-05-01", "outcome", "RIGHT", "onTime", true)));
        events.add(petitionEvent("petition.status-changed", Fixtures.uuid("p-open-0"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-open-0"),
                "from", "RESOLVED", "to", "APPEALED", "effectiveDate", "2022-07-01")));
        events.add(petitionEvent("petition.register-updated", Fixtures.uuid("p-open-1"), Map.of("unitPath", UNIT, "petitionId",
                Fixtures.uuid("p-open-1"), "complex", false, "prolonged", true, "crowded", true, "registerDate", "2022-04-01")));
        // 2: flagged 15/1; a team opened from the lead on 1/2 concluded 10/6.
        events.add(petitionEvent("petition.corruption-signs-flagged", Fixtures.uuid("p-open-2"), Map.of("unitPath", UNIT,
                "petitionId", Fixtures.uuid("p-open-2"), "number", "O-2", "kind", "COMPLAINT", "domains", List.of(),
                "summary", "dấu hiệu", "flaggedDate", "2022-01-15")));
        Fixtures.send(events);
        Map<String, Object> team = new HashMap<>(Map.of("unitPath", UNIT, "teamId", "t-open-0", "kind", "INSPECTION",
                "basis", "SIGNS_OF_VIOLATION", "initiatingLevel", "INSPECTION_COMMISSION", "decisionNumber", "1/QĐ",
                "decisionDate", "2022-02-01", "domains", List.of(), "targets", List.of()));
        team.put("leadId", "l-open-0");
        team.put("petitionId", Fixtures.uuid("p-open-2"));
        Fixtures.send(List.of(inspectionEvent("team.decided", "t-open-0", team),
                inspectionEvent("team.concluded", "t-open-0", Map.of("unitPath", UNIT, "teamId", "t-open-0",
                        "concludedDate", "2022-06-10", "conclusionReference", "KL-1", "petitionId", Fixtures.uuid("p-open-2")))));
        Fixtures.await("the open-cases events", Duration.ofSeconds(60), () -> {
            var r = as("leader", UNIT, "leader").get(report("2022-12-31")).then().extract().jsonPath();
            return r.getInt("citizenReception.petitionsReceived") == 3 && r.getInt("citizenReception.complexCasesOpen") == 2
                    && r.getInt("citizenReception.corruptionCasesPending") == 0
                    && r.getInt("inspectionSupervision.signsOfViolation.teams") == 1;
        });
        as("leader", UNIT, "leader").get(report("2022-01-31")).then().statusCode(200)
                .body("citizenReception.complexCasesOpen", equalTo(0)) // none registered yet
                .body("citizenReception.corruptionCasesPending", equalTo(1));
        as("leader", UNIT, "leader").get(report("2022-05-31")).then().statusCode(200)
                .body("citizenReception.complexCasesOpen", equalTo(1)) // 0 resolved on 1/5, 1 open
                .body("citizenReception.petitionsSettled", equalTo(1)) // 0, appealed only after 31/5
                .body("citizenReception.corruptionCasesPending", equalTo(1));
        as("leader", UNIT, "leader").get(report("2022-06-30")).then().statusCode(200)
                .body("citizenReception.corruptionCasesPending", equalTo(0)); // concluded 10/6
        as("leader", UNIT, "leader").accept("text/markdown").get(report("2022-05-31")).then().statusCode(200)
                .body(containsString("Đến 31/5/2022, trên địa bàn quận còn 1 vụ việc phức tạp, tồn đọng"))
                .body(containsString("Đến 31/5/2022, trên địa bàn quận có 1 vụ việc về phòng, chống tham nhũng, tiêu cực"
                        + " phải xem xét, xử lý."));
    }
}
