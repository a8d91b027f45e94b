package vn.minhbach.programs.service;

import java.util.Map;
import vn.minhbach.chassis.csv.CsvWriter;
import vn.minhbach.programs.service.PeriodReport.Activity;

/**
 * The period report as CSV (RFC 4180, UTF-8, the chassis' {@link CsvWriter}): one figure per line,
 * {@code section,indicator,dimension,value}, so a spreadsheet can pivot it. Every figure of the JSON
 * is here (issue 18.4; {@code ReportCsvTest} walks the JSON and finds each one), and user text (codes,
 * numbers, titles) is defused like every other cell.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String render(PeriodReport r) {
        CsvWriter out = CsvWriter.minimal("section", "indicator", "dimension", "value");
        out.row("report", "unit", "", r.unit());
        out.row("report", "from", "", r.from());
        out.row("report", "to", "", r.to());
        out.row("report", "generatedAt", "", r.generatedAt());
        for (var s : r.sources()) {
            out.row("source", "topic", s.source(), s.topic());
            out.row("source", "eventsApplied", s.source(), s.eventsApplied());
            out.row("source", "duplicatesSkipped", s.source(), s.duplicatesSkipped());
            out.row("source", "asOf", s.source(), s.asOf());
            out.row("source", "lastAppliedAt", s.source(), s.lastAppliedAt());
            out.row("source", "lag", s.source(), s.lag());
        }
        var c = r.citizenReception();
        out.row("citizenReception", "visits", "", c.visits());
        out.row("citizenReception", "personVisits", "", c.personVisits());
        out.row("citizenReception", "groupVisits", "", c.groupVisits());
        out.row("citizenReception", "petitionsReceived", "", c.petitionsReceived());
        out.row("citizenReception", "petitionsSettled", "", c.petitionsSettled());
        out.row("citizenReception", "petitionsInProgress", "", c.petitionsInProgress());
        out.row("citizenReception", "corruptionSignsFlagged", "", c.corruptionSignsFlagged());
        out.row("citizenReception", "complexCasesOpen", "", c.complexCasesOpen());
        out.row("citizenReception", "corruptionCasesPending", "", c.corruptionCasesPending());
        for (var level : r.inspectionSupervision().byInitiatingLevel()) {
            activity(out, level.initiatingLevel(), "inspection", level.inspection());
            activity(out, level.initiatingLevel(), "supervision", level.supervision());
        }
        var s = r.inspectionSupervision().signsOfViolation();
        out.row("signsOfViolation", "teams", "", s.teams());
        out.row("signsOfViolation", "organisationOccurrences", "", s.organisationOccurrences());
        out.row("signsOfViolation", "memberOccurrences", "", s.memberOccurrences());
        out.row("signsOfViolation", "standingCommitteeManagedMembers", "", s.standingCommitteeManagedMembers());
        s.domains().forEach(d -> out.row("signsOfViolation", "domain", d, 1));
        s.initiatingLevels().forEach(l -> out.row("signsOfViolation", "initiatingLevel", l, 1));
        for (var l : s.byInitiatingLevel()) {
            String section = "signsOfViolation:" + l.initiatingLevel();
            out.row(section, "teams", "", l.teams());
            out.row(section, "organisationOccurrences", "", l.organisationOccurrences());
            out.row(section, "memberOccurrences", "", l.memberOccurrences());
            out.row(section, "standingCommitteeManagedMembers", "", l.standingCommitteeManagedMembers());
            l.domains().forEach(d -> out.row(section, "domain", d, 1));
        }
        var w = r.programWork();
        for (var p : w.programs()) {
            out.row("programWork", "topics", p.code(), p.topics());
            out.row("programWork", "topicsImplemented", p.code(), p.topicsImplemented());
        }
        for (var p : w.projects()) {
            out.row("programWork", "solutionGroups", p.number(), p.solutionGroups());
            out.row("programWork", "solutionGroupsImplemented", p.number(), p.solutionGroupsImplemented());
        }
        out.row("programWork", "instrumentsIssued", "", w.instrumentsIssued().size());
        for (var i : w.instrumentsIssued()) {
            out.row("instrumentIssued:" + i.kind(), "issuedDate", i.number(), i.issuedDate());
        }
        out.row("programWork", "tasks", "", w.tasks());
        out.row("programWork", "tasksDone", "", w.tasksDone());
        out.row("programWork", "tasksOverdue", "", w.tasksOverdue());
        out.row("programWork", "conferences", "", w.conferences());
        out.row("programWork", "conferenceSites", "", w.conferenceSites());
        out.row("programWork", "conferenceDelegates", "", w.conferenceDelegates());
        for (var conference : w.conferenceList()) {
            String dimension = conference.heldDate() + " " + conference.title();
            out.row("conference", "connectedSites", dimension, conference.connectedSites());
            out.row("conference", "delegates", dimension, conference.delegates());
            out.row("conference", "online", dimension, conference.online());
        }
        out.row("programWork", "briefings", "", w.briefings());
        if (r.review() != null) {
            out.row("review", "termStart", "", r.review().termStart());
            out.row("review", "topicsWithoutAlignedTasks", "", r.review().topicsWithoutAlignedTasks().size());
            for (var t : r.review().topicsWithoutAlignedTasks()) {
                out.row("review:topic", t.programCode(), t.title(), t.number());
            }
            out.row("review", "instrumentsWithoutAlignedTasks", "", r.review().instrumentsWithoutAlignedTasks().size());
            for (var i : r.review().instrumentsWithoutAlignedTasks()) {
                out.row("review:" + i.kind(), i.number(), i.title(), i.issuedDate());
            }
        }
        return out.toString();
    }

    private static void activity(CsvWriter out, String level, String kind, Activity a) {
        String section = kind + ":" + level;
        out.row(section, "teams", "", a.teams());
        out.row(section, "organisationOccurrences", "", a.organisationOccurrences());
        for (Map.Entry<String, Long> e : a.organisationOccurrencesByKind().entrySet()) {
            out.row(section, "organisationOccurrences", e.getKey(), e.getValue());
        }
        out.row(section, "distinctOrganisations", "", a.distinctOrganisations());
        for (Map.Entry<String, Long> e : a.distinctOrganisationsByKind().entrySet()) {
            out.row(section, "distinctOrganisations", e.getKey(), e.getValue());
        }
        out.row(section, "memberOccurrences", "", a.memberOccurrences());
        out.row(section, "standingCommitteeManagedMembers", "", a.standingCommitteeManagedMembers());
    }
}
