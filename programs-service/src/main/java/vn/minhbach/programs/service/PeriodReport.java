package vn.minhbach.programs.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The period report for a unit subtree (báo cáo định kỳ): citizen reception and petitions, inspection
 * and supervision by initiating level, program work. Figures follow the statistics definitions of
 * docs/contracts.md so they equal the owning services' statistics for the same unit and period.
 */
public record PeriodReport(
        String unit,
        LocalDate from,
        LocalDate to,
        OffsetDateTime generatedAt,
        List<SourceStatus> sources,
        CitizenReception citizenReception,
        InspectionSupervision inspectionSupervision,
        ProgramWork programWork) {

    /** Tiếp công dân, đơn thư. */
    public record CitizenReception(long visits, long personVisits, long groupVisits, long petitionsReceived,
            long petitionsSettled, long petitionsInProgress, long corruptionSignsFlagged) {
    }

    /** Kiểm tra, giám sát: per initiating level, and the inspections on signs of violation. */
    public record InspectionSupervision(List<LevelFigures> byInitiatingLevel, SignsOfViolation signsOfViolation) {
    }

    public record LevelFigures(String initiatingLevel, Activity inspection, Activity supervision) {
    }

    /**
     * Teams and their targets. Occurrences (lượt) count a subject once per team; distinct counts say
     * how many different subjects that was.
     */
    public record Activity(long teams, long organisationOccurrences, long distinctOrganisations,
            Map<String, Long> organisationOccurrencesByKind, Map<String, Long> distinctOrganisationsByKind,
            long memberOccurrences, long standingCommitteeManagedMembers) {
    }

    /** Kiểm tra khi có dấu hiệu vi phạm (all levels). */
    public record SignsOfViolation(long teams, long organisationOccurrences, long memberOccurrences,
            long standingCommitteeManagedMembers, List<String> domains, List<String> initiatingLevels) {
    }

    /** Chương trình, chuyên đề, nhiệm vụ, hội nghị. */
    public record ProgramWork(List<ProgramFigures> programs, List<ProjectFigures> projects,
            List<InstrumentLine> instrumentsIssued, long tasks, long tasksDone, long tasksOverdue,
            long conferences, long conferenceSites, long conferenceDelegates, List<ConferenceLine> conferenceList,
            long briefings) {
    }

    public record ProgramFigures(String code, String title, long topics, long topicsImplemented) {
    }

    public record ProjectFigures(String number, LocalDate issuedDate, String issuer, String title,
            long solutionGroups, long solutionGroupsImplemented) {
    }

    public record InstrumentLine(String kind, String number, LocalDate issuedDate, String issuer, String title) {
    }

    public record ConferenceLine(LocalDate heldDate, String title, boolean online, int connectedSites, int delegates) {
    }

    /** How far a source topic has been read: as-of (last event time) and consumer lag in records. */
    public record SourceStatus(String source, String topic, long eventsApplied, long duplicatesSkipped,
            OffsetDateTime asOf, OffsetDateTime lastAppliedAt, Long lag) {
    }
}
