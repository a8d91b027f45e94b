package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The read model's triggers (Flyway V2) classify a team as on signs of violation when they add it to the
 * per-month rows; a migration cannot take its text from Java, so every such condition in it is checked
 * to be {@link InspectionFigures#onSigns} (InspectionFigureRules in SQL). The figures themselves are
 * held equal to InspectionFigureRules by ReportPeriodsTest.
 */
class InspectionFigureSqlTest {

    static final Pattern SIGNS = Pattern.compile("(\\w+\\.)?kind = '\\w+' and (\\w+\\.)?basis = '\\w+'");

    @Test
    void everySignsOfViolationConditionOfTheTriggersIsTheRule() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__report_aggregates.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = SIGNS.matcher(sql);
        int found = 0;
        while (m.find()) {
            String alias = m.group(1) == null ? "" : m.group(1);
            assertEquals(InspectionFigures.onSigns(alias), m.group(), "at offset " + m.start());
            found++;
        }
        assertTrue(found >= 8, "the triggers' conditions were not found: " + found);
    }

    @Test
    void theReportQueriesUseTheRule() {
        assertTrue(InspectionFigures.TEAMS.contains(InspectionFigures.onSigns("t.")));
        assertTrue(InspectionFigures.SIGNS_DOMAINS.contains(InspectionFigures.onSigns("")));
    }
}
