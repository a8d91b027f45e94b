package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.service.command.ExtensionCommand;

/** Extensions of a running clock (gia hạn), within what its rule allows. */
@ApplicationScoped
public class ExtensionService {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    DeadlineRules rules;
    @Inject
    WorkingCalendar calendar;
    @Inject
    PetitionService petitions;
    @Inject
    PetitionHistory history;

    /**
     * Gia hạn: while the resolution clock runs, within the rule's number and length of extensions,
     * each counted from the nominal end of the period it extends (Luật Tố cáo 2018 Đ.30 k.2, k.3: an
     * especially complex denunciation ends at most 30 + 30 + 30 days after acceptance). While the
     * acceptance clock runs, the extension its rule allows (Đ.24 k.1: 7 → at most 10 working days
     * when verification in several places is needed).
     */
    @Transactional
    public Petition extend(UUID id, ExtensionCommand r) {
        Petition p = petitions.scoped(id);
        boolean acceptance = p.nextDeadline == Deadline.ACCEPTANCE;
        if (!acceptance && (!PetitionStatus.RESOLVING.contains(p.status) || p.resolutionDueDate == null)) {
            throw ProblemException.conflict("petition.extension.not-allowed", p.status);
        }
        DeadlineRule rule = (acceptance ? rules.acceptanceRule(p) : rules.resolutionRule(p)).orElseThrow(
                () -> ProblemException.conflict("petition.extension.not-allowed", p.status));
        int used = acceptance ? (p.acceptanceExtensionDays > 0 ? 1 : 0) : p.extensionsUsed;
        if (used >= rule.maxExtensions) {
            throw ProblemException.unprocessable("petition.extension.exhausted", rule.maxExtensions);
        }
        if (r.days() > rule.extensionDays) {
            throw ProblemException.unprocessable("petition.extension.too-long", r.days(), rule.extensionDays);
        }
        LocalDate before = p.nextDueDate;
        if (r.effectiveDate().isBefore(p.lastEffectiveDate) || r.effectiveDate().isAfter(before)
                || r.effectiveDate().isAfter(petitions.today())) {
            throw ProblemException.unprocessable("petition.extension.date", r.effectiveDate(), before);
        }
        lengthen(p, acceptance, r.days(), rule);
        p.refreshNextDeadline();
        String fact = (acceptance ? "acceptanceExtendedTo=" : "extendedTo=") + p.nextDueDate;
        history.append(p, "EXTEND", p.status, p.status, r.effectiveDate(), r.documentReference(),
                PetitionService.prefix(fact, r.reason()));
        audit.record(caller.name(), "petition.extended", "petition", p.id.toString(), p.unitPath,
                Map.of("deadline", p.nextDeadline.name(), "from", before.toString(), "to", p.nextDueDate.toString(),
                        "extension", acceptance ? 1 : p.extensionsUsed));
        return p;
    }

    /** The running clock made {@code days} longer, counted as its rule counts. */
    private void lengthen(Petition p, boolean acceptance, int days, DeadlineRule rule) {
        if (acceptance) {
            p.acceptanceExtensionDays += days;
            WorkingCalendar.Due due = rules.acceptanceDue(p).orElseThrow();
            p.acceptanceDueDate = due.date();
            p.acceptanceDueProvisional = due.provisional();
        } else if (p.extensionDays == null) {
            // a clock extended before extension days were kept: counted on from its due date, as then
            p.resolutionDueDate = calendar.addDays(p.resolutionDueDate, days, rule.countUnit);
            p.extensionsUsed++;
        } else {
            p.extensionDays += days;
            p.extensionsUsed++;
            WorkingCalendar.Due due = rules.resolutionDue(p).orElseThrow();
            p.resolutionDueDate = due.date();
            p.resolutionDueProvisional = due.provisional();
        }
    }
}
