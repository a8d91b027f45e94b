package vn.minhbach.e2e.scenario;

import vn.minhbach.scenario.Scenario;

import java.util.Map;
import java.util.TreeMap;

/** The report figures a scenario file states, grouped the way the period report groups them. */
final class Expected {

    record Activity(long teams, long organisationOccurrences, long memberOccurrences, long managed) {
        Activity plus(Scenario.TeamGroup g) {
            return new Activity(teams + g.teams(), organisationOccurrences + g.organisationOccurrences(),
                    memberOccurrences + g.memberOccurrences(), managed + g.standingCommitteeManagedMembers());
        }
    }

    private Expected() {}

    /** initiating level → team kind → figures, over every team group of the scenario. */
    static Map<String, Map<String, Activity>> levels(Scenario s) {
        Map<String, Map<String, Activity>> out = new TreeMap<>();
        for (String level : new String[] {"DISTRICT_STANDING_COMMITTEE", "INSPECTION_COMMISSION", "GRASSROOTS_COMMITTEE"}) {
            Map<String, Activity> kinds = new TreeMap<>();
            kinds.put("INSPECTION", new Activity(0, 0, 0, 0));
            kinds.put("SUPERVISION", new Activity(0, 0, 0, 0));
            out.put(level, kinds);
        }
        for (Scenario.TeamGroup g : s.inspection().teamGroups()) {
            out.get(g.initiatingLevel()).merge(g.kind(), new Activity(0, 0, 0, 0).plus(g),
                    (a, b) -> new Activity(a.teams() + b.teams(), a.organisationOccurrences() + b.organisationOccurrences(),
                            a.memberOccurrences() + b.memberOccurrences(), a.managed() + b.managed()));
        }
        return out;
    }

    static Activity signsOfViolation(Scenario s) {
        Activity a = new Activity(0, 0, 0, 0);
        for (Scenario.TeamGroup g : s.inspection().teamGroups()) {
            if (g.kind().equals("INSPECTION") && g.basis().equals("SIGNS_OF_VIOLATION")) a = a.plus(g);
        }
        return a;
    }
}
