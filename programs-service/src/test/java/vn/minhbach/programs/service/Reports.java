package vn.minhbach.programs.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
import vn.minhbach.programs.service.PeriodReport.SourceStatus;

/** Period reports built by hand for the plain JUnit tests of the narrative and the CSV. */
final class Reports {

    static final LocalDate FROM = LocalDate.of(2021, 3, 1);
    static final LocalDate TO = LocalDate.of(2022, 10, 31);
    static final OffsetDateTime GENERATED = OffsetDateTime.of(2026, 12, 6, 7, 5, 0, 0, ZoneOffset.UTC);

    static final PeriodReport.Review REVIEW = new PeriodReport.Review(LocalDate.of(2021, 1, 1),
            List.of(new PeriodReport.ReviewTopic("10-CTr/TU", 3, "Công khai, minh bạch trong quản lý đất đai")),
            List.of(new PeriodReport.ReviewInstrument("PLAN", "25-KH/QU", LocalDate.of(2021, 4, 12), "Học tập")));

    private Reports() {
    }

    static Activity activity(long teams, String orgKind, long orgs, long distinct, long members, long managed) {
        return new Activity(teams, orgs, distinct, orgs == 0 ? Map.of() : Map.of(orgKind, orgs),
                orgs == 0 ? Map.of() : Map.of(orgKind, distinct), members, managed);
    }

    static Activity none() {
        return new Activity(0, 0, 0, Map.of(), Map.of(), 0, 0);
    }

    static List<SourceStatus> sources(OffsetDateTime asOf, Long lag) {
        return List.of(new SourceStatus("inspections-service", "minhbach.inspections.v1", 120, 3, asOf, asOf, lag),
                new SourceStatus("petitions-service", "minhbach.petitions.v1", 9000, 7, asOf, asOf, lag));
    }

    /** The article's figures (docs/programs.md), the signs-of-violation inspections the commission's. */
    static PeriodReport article() {
        var levels = List.of(
                new LevelFigures("DISTRICT_STANDING_COMMITTEE", activity(25, "PARTY_CELL", 44, 38, 7, 0),
                        activity(5, "GRASSROOTS_COMMITTEE", 5, 5, 6, 0)),
                new LevelFigures("INSPECTION_COMMISSION", activity(3, "GRASSROOTS_COMMITTEE", 2, 2, 4, 4), none()),
                new LevelFigures("GRASSROOTS_COMMITTEE", activity(56, "", 168, 150, 28, 0), activity(13, "", 29, 29, 11, 0)));
        var signs = new SignsOfViolation(3, 2, 4, 4, List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                List.of("INSPECTION_COMMISSION"), List.of(new LevelSigns("INSPECTION_COMMISSION", 3, 2, 4, 4,
                        List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"))));
        var work = new ProgramWork(List.of(new ProgramFigures("10-CTr/TU", "Chương trình", 15, 15)),
                List.of(new ProjectFigures("56-ĐA/BCĐ", LocalDate.of(2019, 11, 25), "Ban Chỉ đạo 07",
                        "Đề án", 7, 7)),
                List.of(new InstrumentLine("PLAN", "25-KH/QU", LocalDate.of(2021, 4, 12), "Quận uỷ Bắc Từ Liêm",
                        "Học tập, quán triệt")),
                40, 30, 2, 1, 14, 700, List.of(new ConferenceLine(LocalDate.of(2021, 5, 20),
                        "học tập quán triệt tuyên truyền 10 Chương trình công tác", true, 14, 700)), 12);
        return new PeriodReport("01.021", FROM, TO, GENERATED, sources(GENERATED, 0L),
                new CitizenReception(1432, 1820, 21, 1506, 1043, 463, 0, 0, 0), new InspectionSupervision(levels, signs), work, REVIEW);
    }

    static PeriodReport with(PeriodReport r, InspectionSupervision inspection) {
        return new PeriodReport(r.unit(), r.from(), r.to(), r.generatedAt(), r.sources(), r.citizenReception(),
                inspection, r.programWork(), r.review());
    }

    static PeriodReport with(PeriodReport r, ProgramWork work) {
        return new PeriodReport(r.unit(), r.from(), r.to(), r.generatedAt(), r.sources(), r.citizenReception(),
                r.inspectionSupervision(), work, r.review());
    }
}
