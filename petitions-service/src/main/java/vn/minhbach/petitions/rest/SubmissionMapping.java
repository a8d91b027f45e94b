package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.rest.PetitionMapping.name;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.service.PetitionFileQueries;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionStep;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionSummary;
import vn.minhbach.petitions.rest.SubmissionViews.SubmissionView;

/** Petition → what its submitting integration client may read (never a petitioner, note or official). */
@ApplicationScoped
public class SubmissionMapping {

    @Inject
    PetitionMapping petitions;
    @Inject
    PetitionFileQueries files;

    public SubmissionView view(Petition p) {
        List<PetitionTransition> steps = files.history(p.id);
        String transferredTo = steps.stream().filter(t -> "TRANSFER".equals(t.action)).reduce((a, b) -> b)
                .map(t -> PetitionTransition.agency(t.note)).orElse(null);
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
}
