package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.petitions.Api.intake;
import static vn.minhbach.petitions.Api.reception;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Sql;

/**
 * The unit's register of petition numbers (issue 22.5): the number is drawn in the last statements of
 * an intake, so the register's row is locked only briefly; the register stays gapless under concurrent
 * intakes into one unit and across a refused intake, and no provisional value is ever committed.
 * Unit 01.977 (no other test class uses it).
 */
@QuarkusTest
class NumberingTest {

    static final String UNIT = "01.977";

    @Inject
    AgroalDataSource db;

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.length() - 6));
    }

    @Test
    void concurrentIntakesIntoOneUnitGetConsecutiveNumbersAndARefusedOneLeavesNoGap() throws Exception {
        LocalDate received = LocalDate.of(2024, 5, 6);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<String>> intakes = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                int n = i;
                intakes.add(CompletableFuture.supplyAsync(() -> reception(UNIT)
                        .body(intake(UNIT, "RECOMMENDATION", received, "Kiến nghị " + n, "Nội dung " + n))
                        .post("/api/v1/petitions").then().statusCode(201).extract().<String>path("petition.number"),
                        pool));
            }
            TreeSet<Integer> numbers = new TreeSet<>();
            for (var intake : intakes) {
                String number = intake.get();
                assertEquals(UNIT + "-2024-", number.substring(0, UNIT.length() + 6), number);
                numbers.add(sequence(number));
            }
            assertEquals(16, numbers.size(), "16 distinct numbers: " + numbers);
            assertEquals(numbers.first() + 15, numbers.last(), "consecutive: " + numbers);

            // refused after the petition was built (an attachment that is not what it claims): nothing
            // is numbered, and the next intake takes the next number
            var refused = intake(UNIT, "RECOMMENDATION", received, "Kiến nghị có tệp", "Nội dung");
            refused.put("attachments", List.of(Map.of("name", "a.pdf", "contentType", "application/pdf",
                    "contentBase64", Base64.getEncoder().encodeToString("MZ not a pdf at all".getBytes()))));
            reception(UNIT).body(refused).post("/api/v1/petitions").then().statusCode(415);
            String next = reception(UNIT).body(intake(UNIT, "RECOMMENDATION", received, "Kiến nghị sau", "Nội dung"))
                    .post("/api/v1/petitions").then().statusCode(201).extract().path("petition.number");
            assertEquals(numbers.last() + 1, sequence(next));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, Sql.count(db, "select count(*) from petition where number not like ?", "01.%"),
                "a provisional number was committed");
        assertEquals(17, Sql.count(db, "select count(*) from petition where unit_path = ? and number like ?", UNIT,
                UNIT + "-2024-%"));
    }
}
