package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Duplicate suggestions: the same petitioner already in the intake answer, accent-insensitive similar
 * text when the petition's duplicates are read; and linking.
 */
@QuarkusTest
class DuplicatesTest {

    static final String UNIT = "01.906";

    ExtractableResponse<Response> submit(String unit, String name, String idNumber, String subject, String content) {
        var body = intake(unit, "COMPLAINT", LocalDate.of(2023, 6, 1), subject, content);
        body.put("petitioners", List.of(petitioner(name, idNumber, true)));
        return reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201).extract();
    }

    List<Map<String, Object>> duplicatesOf(String petitionId) {
        return handler(UNIT).get("/api/v1/petitions/" + petitionId + "/duplicates").then().statusCode(200)
                .extract().path("$");
    }

    @Test
    void similarTextWithoutAccentsAndTheSamePetitionerAreSuggestedWithAScore() {
        String first = submit(UNIT, "Hoàng Văn Dũng", "001070011111",
                "Quyết định thu hồi đất số 245/QĐ-UBND phường Xuân Đỉnh",
                "Khiếu nại việc thu hồi đất nông nghiệp của gia đình tại thửa 112 tờ bản đồ số 5 không đúng diện tích")
                .path("petition.id");
        // The same complaint typed without Vietnamese accents, signed by another person.
        var second = submit(UNIT, "Ngô Thị Lan", "001080022222",
                "Quyet dinh thu hoi dat so 245/QD-UBND phuong Xuan Dinh",
                "Khieu nai viec thu hoi dat nong nghiep cua gia dinh tai thua 112 to ban do so 5 khong dung dien tich");
        // Intake answers the same petitioner only; similar texts are looked for when the handler reads them.
        List<Map<String, Object>> atIntake = second.path("duplicateSuggestions");
        assertTrue(atIntake.stream().noneMatch(s -> first.equals(s.get("petitionId"))), atIntake.toString());
        List<Map<String, Object>> suggestions = duplicatesOf(second.path("petition.id"));
        var match = suggestions.stream().filter(s -> first.equals(s.get("petitionId"))).findFirst();
        assertTrue(match.isPresent(), "accent-insensitive match expected: " + suggestions);
        assertEquals(false, match.get().get("samePetitioner"));
        double textScore = ((Number) match.get().get("score")).doubleValue();
        assertTrue(textScore > 0.5, "score " + textScore);

        // Same person (name typed without accents, same ID number), different wording: suggested as same petitioner.
        var third = submit(UNIT, "hoang van dung", "001070011111", "Việc chậm trả lời đơn",
                "Tôi đã gửi đơn từ tháng trước nhưng chưa được trả lời");
        List<Map<String, Object>> bySame = third.path("duplicateSuggestions");
        var same = bySame.stream().filter(s -> first.equals(s.get("petitionId"))).findFirst();
        assertTrue(same.isPresent(), "same petitioner expected: " + bySame);
        assertEquals(true, same.get().get("samePetitioner"));
        assertTrue(((Number) same.get().get("score")).doubleValue() >= 0.4);
    }

    @Test
    void anUnrelatedPetitionGetsNoSuggestion() {
        String first = submit(UNIT, "Vũ Minh Khoa", "001060033333", "Trật tự xây dựng ngõ 68 Cầu Giấy",
                "Công trình xây dựng không phép tại ngõ 68 lấn chiếm lối đi chung").path("petition.id");
        List<Map<String, Object>> suggestions = duplicatesOf(submit(UNIT, "Đinh Thị Mai", "001090044444",
                "Chậm chi trả trợ cấp", "Gia đình chưa nhận được trợ cấp người cao tuổi quý ba")
                .path("petition.id"));
        assertTrue(suggestions.stream().noneMatch(s -> first.equals(s.get("petitionId"))), suggestions.toString());
    }

    @Test
    void aLinkedDuplicateIsFiledAndNotANewMatterAndARepeatIsLinked() {
        String first = submit(UNIT, "Tạ Quang Huy", "001050055555", "Quyết định cưỡng chế 77/QĐ",
                "Khiếu nại quyết định cưỡng chế 77/QĐ ngày 2/3").path("petition.id");
        String dup = submit(UNIT, "Tạ Quang Huy", "001050055555", "Quyết định cưỡng chế 77/QĐ",
                "Khiếu nại quyết định cưỡng chế 77/QĐ ngày 2/3 (gửi lại)").path("petition.id");
        handler(UNIT).get("/api/v1/petitions/" + dup + "/duplicates").then().statusCode(200)
                .body("petitionId", hasItem(first));
        String link = "/api/v1/petitions/" + dup + "/links";
        handler(UNIT).body(Map.of("kind", "DUPLICATE", "otherPetitionId", dup, "effectiveDate", "2023-06-02",
                "documentReference", "PXL-01")).post(link).then().statusCode(422);
        handler(UNIT).body(Map.of("kind", "DUPLICATE", "otherPetitionId", first, "effectiveDate", "2023-06-02",
                "documentReference", "PXL-01")).post(link).then().statusCode(200)
                .body("status", is("FILED")).body("duplicateOf", is(first))
                .body("history[-1].note", containsString("DUPLICATE"));
        as("leader", UNIT, "leader").queryParam("from", "2023-06-01").queryParam("to", "2023-06-30")
                .get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("duplicatesLinked", greaterThanOrEqualTo(1));

        String repeat = submit(UNIT, "Tạ Quang Huy", "001050055555", "Quyết định cưỡng chế 77/QĐ",
                "Tiếp tục khiếu nại vì chưa được giải quyết").path("petition.id");
        handler(UNIT).body(Map.of("kind", "REPEAT", "otherPetitionId", first, "effectiveDate", "2023-06-05",
                "documentReference", "PXL-02")).post("/api/v1/petitions/" + repeat + "/links").then().statusCode(200)
                .body("status", is("RECEIVED")).body("repeatOf", is(first));
        handler("01.007").body(Map.of("kind", "REPEAT", "otherPetitionId", first, "effectiveDate", "2023-06-05",
                "documentReference", "PXL-02")).post("/api/v1/petitions/" + repeat + "/links").then().statusCode(404);
    }
}
