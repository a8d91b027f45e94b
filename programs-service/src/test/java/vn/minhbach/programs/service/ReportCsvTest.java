package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.minhbach.programs.service.PeriodReport.Activity;
import vn.minhbach.programs.service.PeriodReport.CitizenReception;
import vn.minhbach.programs.service.PeriodReport.ConferenceLine;
import vn.minhbach.programs.service.PeriodReport.InspectionSupervision;
import vn.minhbach.programs.service.PeriodReport.InstrumentLine;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;
import vn.minhbach.programs.service.PeriodReport.LevelSigns;
import vn.minhbach.programs.service.PeriodReport.ProgramFigures;
import vn.minhbach.programs.service.PeriodReport.ProgramWork;
import vn.minhbach.programs.service.PeriodReport.ProjectFigures;
import vn.minhbach.programs.service.PeriodReport.SignsOfViolation;

/** Plain JUnit, issue 18.4 and 15.7: every figure of the JSON is a line of the CSV; user text is defused. */
class ReportCsvTest {

    /** Each figure a different number, so finding the number in the CSV finds that figure. */
    private long next = 1000;

    private long n() {
        return next += 7;
    }

    private Activity activity() {
        return new Activity(n(), n(), n(), Map.of("PARTY_CELL", n(), "GRASSROOTS_COMMITTEE", n()),
                Map.of("PARTY_CELL", n(), "GRASSROOTS_COMMITTEE", n()), n(), n());
    }

    private PeriodReport everyFigureDistinct() {
        var levels = List.of(new LevelFigures("DISTRICT_STANDING_COMMITTEE", activity(), activity()),
                new LevelFigures("INSPECTION_COMMISSION", activity(), activity()),
                new LevelFigures("GRASSROOTS_COMMITTEE", activity(), activity()));
        var signs = new SignsOfViolation(n(), n(), n(), n(), List.of("LAND_MANAGEMENT"), List.of("INSPECTION_COMMISSION"),
                List.of(new LevelSigns("INSPECTION_COMMISSION", n(), n(), n(), n(), List.of("LAND_MANAGEMENT"))));
        var work = new ProgramWork(List.of(new ProgramFigures("10-CTr/TU", "t", n(), n())),
                List.of(new ProjectFigures("56-ĐA/BCĐ", LocalDate.of(2019, 11, 25), "i", "t", n(), n())),
                List.of(new InstrumentLine("PLAN", "25-KH/QU", LocalDate.of(2021, 4, 12), "i", "t")),
                n(), n(), n(), 1, n(), n(), List.of(new ConferenceLine(LocalDate.of(2021, 5, 20), "c", true, (int) n(),
                        (int) n())), n());
        return new PeriodReport("01.021", Reports.FROM, Reports.TO, Reports.GENERATED,
                List.of(new PeriodReport.SourceStatus("petitions-service", "minhbach.petitions.v1", n(), n(),
                        Reports.GENERATED, Reports.GENERATED, n())),
                new CitizenReception(n(), n(), n(), n(), n(), n(), n(), n(), n()), new InspectionSupervision(levels, signs), work, Reports.REVIEW);
    }

    @Test
    void everyNumberOfTheJsonIsInTheCsv() throws Exception {
        PeriodReport report = everyFigureDistinct();
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).valueToTree(report);
        List<String> numbers = new ArrayList<>();
        collect(json, "", numbers);
        List<String> values = new ArrayList<>();
        for (CSVRecord r : records(ReportCsv.render(report))) {
            values.add(r.get(3));
        }
        assertTrue(numbers.size() > 60, "numbers: " + numbers.size());
        for (String figure : numbers) {
            String value = figure.substring(figure.indexOf('=') + 1);
            assertTrue(values.contains(value), () -> "CSV lacks " + figure);
        }
    }

    @Test
    void userTextStartingLikeAFormulaIsDefused() throws Exception {
        PeriodReport base = Reports.article();
        var work = new ProgramWork(List.of(new ProgramFigures("=HYPERLINK(\"http://x\")", "t", 2, 1)),
                List.of(new ProjectFigures("+1-ĐA", LocalDate.of(2019, 11, 25), "i", "t", 7, 7)),
                List.of(), 0, 0, 0, 1, 1, 1, List.of(new ConferenceLine(LocalDate.of(2021, 5, 20), "@x", false, 0, 1)), 0);
        List<CSVRecord> rows = records(ReportCsv.render(Reports.with(base, work)));
        List<String> dimensions = rows.stream().map(r -> r.get(2)).toList();
        assertTrue(dimensions.contains("'=HYPERLINK(\"http://x\")"), dimensions::toString);
        assertTrue(dimensions.contains("'+1-ĐA"), dimensions::toString);
        assertTrue(dimensions.contains("2021-05-20 @x"), dimensions::toString);
        assertTrue(rows.stream().noneMatch(r -> r.stream().anyMatch(c -> c.startsWith("=") || c.startsWith("+"))));
        assertEquals("section", rows.get(0).get(0));
    }

    private static void collect(JsonNode node, String path, List<String> out) {
        if (node.isNumber()) {
            out.add(path + "=" + node.asText());
        } else if (node.isContainerNode()) {
            var fields = node.fields();
            int i = 0;
            for (JsonNode child : node) {
                String name = node.isObject() ? fields.next().getKey() : String.valueOf(i++);
                collect(child, path + "." + name, out);
            }
        }
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
