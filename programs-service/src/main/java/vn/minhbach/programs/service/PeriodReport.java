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
        ProgramWork programWork,
        Review review) {

    /**
     * Rà soát (issue 18.6): topics U leads and plans / projects U issued since the start of the term that
     * carry no task (assigned by {@code to}) with a target implementing a directive of the centre or the
     * city, each named so the unit can integrate them (docs/contracts.md).
     */
    public record Review(LocalDate termStart, List<ReviewTopic> topicsWithoutAlignedTasks,
            List<ReviewInstrument> instrumentsWithoutAlignedTasks) {
    }

    public record ReviewTopic(String programCode, int number, String title) {
    }

    public record ReviewInstrument(String kind, String number, LocalDate issuedDate, String title) {
    }

    /**
     * Tiếp công dân, đơn thư; {@code complexCasesOpen}: cases of the steering committee's register still
     * open on {@code to}; {@code corruptionCasesPending}: corruption cases detected and still to be
     * examined and handled on {@code to} (docs/contracts.md).
     */
    public record CitizenReception(long visits, long personVisits, long groupVisits, long petitionsReceived,
            long petitionsSettled, long petitionsInProgress, long corruptionSignsFlagged, long complexCasesOpen,
            long corruptionCasesPending) {
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

    /**
     * Kiểm tra khi có dấu hiệu vi phạm: all levels (as inspections-service's statistics by basis), and
     * per initiating level, so each sentence of the narrative names whose inspections it counts.
     */
    public record SignsOfViolation(long teams, long organisationOccurrences, long memberOccurrences,
            long standingCommitteeManagedMembers, List<String> domains, List<String> initiatingLevels,
            List<LevelSigns> byInitiatingLevel) {
    }

    /** The inspections on signs of violation decided by one initiating level. */
    public record LevelSigns(String initiatingLevel, long teams, long organisationOccurrences, long memberOccurrences,
            long standingCommitteeManagedMembers, List<String> domains) {
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
