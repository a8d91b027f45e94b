package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.rest.PetitionMapping.name;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionStep;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionSummary;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionView;

/** Petition → what its submitting integration client may read (never a petitioner, note or official). */
@ApplicationScoped
public class SubmissionMapping {

    static final String TO_AGENCY = "toAgency=";

    @Inject
    PetitionMapping petitions;

    public SubmissionView view(Petition p) {
        List<PetitionTransition> steps = PetitionTransition.list("petitionId = ?1 order by seq", p.id);
        String transferredTo = steps.stream().filter(t -> "TRANSFER".equals(t.action)).reduce((a, b) -> b)
                .map(t -> agency(t.note)).orElse(null);
        return new SubmissionView(p.id, p.number, p.externalReference, p.unitPath, p.receivedDate, name(p.channel),
                name(p.kind), name(p.status), p.instance, List.of(p.domains), p.subjectDescription,
                p.acceptanceDueDate, p.acceptedDate, p.resolutionDueDate, p.extensionsUsed, name(p.nextDeadline),
                p.nextDueDate, petitions.overdue(p), name(p.outcome), p.onTime, p.resolvedDate, transferredTo,
                steps.stream().map(t -> new SubmissionStep(t.action, name(t.fromStatus), name(t.toStatus),
                        t.effectiveDate, t.documentReference)).toList());
    }

    public SubmissionSummary summary(Petition p) {
        return new SubmissionSummary(p.id, p.number, p.externalReference, p.unitPath, p.receivedDate, name(p.kind),
                name(p.status), name(p.nextDeadline), p.nextDueDate, petitions.overdue(p), name(p.outcome),
                p.resolvedDate);
    }

    /**
     * The agency of a transfer step, whose note starts with {@code toAgency=<agency>} and may go on with
     * {@code "; "} and the official's note (PetitionService.transition); only the agency is returned.
     */
    public static String agency(String note) {
        if (note == null || !note.startsWith(TO_AGENCY)) {
            return null;
        }
        String rest = note.substring(TO_AGENCY.length());
        int end = rest.indexOf("; ");
        return end < 0 ? rest : rest.substring(0, end);
    }
}
