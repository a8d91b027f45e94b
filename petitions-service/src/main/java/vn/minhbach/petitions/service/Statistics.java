package vn.minhbach.petitions.service;

import java.time.LocalDate;
import java.util.Map;

/** Reception and petition counts of a unit subtree and period (the statistics read model). */
public record Statistics(String unit, LocalDate from, LocalDate to,
        long receptionVisits, long personVisits, long groupVisits,
        long received, Map<String, Long> receivedByKind, Map<String, Long> receivedByChannel,
        Map<String, Long> receivedByDomain, long accepted, long notAccepted, long transferred, long guided,
        long resolved, long settled, long inProgress, long overdue, long corruptionSignsFlagged,
        long complexCasesOpen, long duplicatesLinked) {
}
