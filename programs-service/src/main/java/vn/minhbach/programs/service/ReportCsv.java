package vn.minhbach.programs.service;

import java.util.Map;
import vn.minhbach.programs.service.PeriodReport.Activity;

/**
 * The period report as CSV (RFC 4180, UTF-8): one figure per line,
 * {@code section,indicator,dimension,value}, so a spreadsheet can pivot it.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String render(PeriodReport r) {
        StringBuilder out = new StringBuilder("section,indicator,dimension,value\r\n");
        line(out, "report", "unit", "", r.unit());
        line(out, "report", "from", "", r.from().toString());
        line(out, "report", "to", "", r.to().toString());
        var c = r.citizenReception();
        line(out, "citizenReception", "visits", "", c.visits());
        line(out, "citizenReception", "personVisits", "", c.personVisits());
        line(out, "citizenReception", "groupVisits", "", c.groupVisits());
        line(out, "citizenReception", "petitionsReceived", "", c.petitionsReceived());
        line(out, "citizenReception", "petitionsSettled", "", c.petitionsSettled());
        line(out, "citizenReception", "petitionsInProgress", "", c.petitionsInProgress());
        line(out, "citizenReception", "corruptionSignsFlagged", "", c.corruptionSignsFlagged());
        for (var level : r.inspectionSupervision().byInitiatingLevel()) {
            activity(out, level.initiatingLevel(), "inspection", level.inspection());
            activity(out, level.initiatingLevel(), "supervision", level.supervision());
        }
        var s = r.inspectionSupervision().signsOfViolation();
        line(out, "signsOfViolation", "teams", "", s.teams());
        line(out, "signsOfViolation", "organisationOccurrences", "", s.organisationOccurrences());
        line(out, "signsOfViolation", "memberOccurrences", "", s.memberOccurrences());
        line(out, "signsOfViolation", "standingCommitteeManagedMembers", "", s.standingCommitteeManagedMembers());
        var w = r.programWork();
        for (var p : w.programs()) {
            line(out, "programWork", "topicsImplemented", p.code(), p.topicsImplemented());
        }
        for (var p : w.projects()) {
            line(out, "programWork", "solutionGroupsImplemented", p.number(), p.solutionGroupsImplemented());
        }
        line(out, "programWork", "instrumentsIssued", "", w.instrumentsIssued().size());
        line(out, "programWork", "tasks", "", w.tasks());
        line(out, "programWork", "tasksDone", "", w.tasksDone());
        line(out, "programWork", "tasksOverdue", "", w.tasksOverdue());
        line(out, "programWork", "conferences", "", w.conferences());
        line(out, "programWork", "conferenceSites", "", w.conferenceSites());
        line(out, "programWork", "conferenceDelegates", "", w.conferenceDelegates());
        line(out, "programWork", "briefings", "", w.briefings());
        return out.toString();
    }

    private static void activity(StringBuilder out, String level, String kind, Activity a) {
        String section = kind + ":" + level;
        line(out, section, "teams", "", a.teams());
        line(out, section, "organisationOccurrences", "", a.organisationOccurrences());
        for (Map.Entry<String, Long> e : a.organisationOccurrencesByKind().entrySet()) {
            line(out, section, "organisationOccurrences", e.getKey(), e.getValue());
        }
        line(out, section, "memberOccurrences", "", a.memberOccurrences());
        line(out, section, "standingCommitteeManagedMembers", "", a.standingCommitteeManagedMembers());
    }

    private static void line(StringBuilder out, String section, String indicator, String dimension, Object value) {
        out.append(cell(section)).append(',').append(cell(indicator)).append(',').append(cell(dimension)).append(',')
                .append(cell(String.valueOf(value))).append("\r\n");
    }

    private static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
