package vn.minhbach.petitions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.minhbach.chassis.csv.CsvWriter;
import vn.minhbach.petitions.Attachment;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionAddition;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.ReceptionVisit;
import vn.minhbach.petitions.rest.PetitionViews.AttachmentView;
import vn.minhbach.petitions.rest.PetitionViews.ClockView;
import vn.minhbach.petitions.rest.PetitionViews.CorruptionView;
import vn.minhbach.petitions.rest.PetitionViews.HistoryView;
import vn.minhbach.petitions.rest.PetitionViews.PetitionSummary;
import vn.minhbach.petitions.rest.PetitionViews.PetitionView;
import vn.minhbach.petitions.rest.PetitionViews.ReceptionVisitView;
import vn.minhbach.petitions.rest.PetitionViews.RegisterEntry;
import vn.minhbach.petitions.rest.PetitionViews.RegisterView;
import vn.minhbach.petitions.rest.PetitionViews.SubjectView;
import vn.minhbach.petitions.rest.PetitionViews.TrackingStep;
import vn.minhbach.petitions.rest.PetitionViews.TrackingView;
import vn.minhbach.petitions.service.PetitionService;

/** Entity → response record. Never maps a petitioner. */
@ApplicationScoped
public class PetitionMapping {

    @Inject
    PetitionService petitions;
    @Inject
    vn.minhbach.chassis.time.BusinessClock clock;

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    boolean overdue(Petition p) {
        return p.nextDueDate != null && p.nextDueDate.isBefore(petitions.today());
    }

    public PetitionView view(Petition p) {
        List<HistoryView> history = PetitionTransition.<PetitionTransition>list("petitionId = ?1 order by seq", p.id)
                .stream().map(t -> new HistoryView(t.action, name(t.fromStatus), name(t.toStatus), t.effectiveDate,
                        t.documentReference, t.note, t.actor, p.anonymous ? null : t.recordedAt,
                        clock.dayOf(t.recordedAt))).toList();
        List<AttachmentView> attachments = Attachment.<Attachment>list("petitionId = ?1 order by addedAt", p.id)
                .stream().map(a -> new AttachmentView(a.id, a.name, a.contentType, a.size, a.sha256)).toList();
        List<String> additions = PetitionAddition.<PetitionAddition>list("petitionId = ?1 order by addedAt", p.id)
                .stream().map(a -> a.content).toList();
        return new PetitionView(p.id, p.number, p.unitPath, p.receivedDate, name(p.channel), name(p.kind),
                name(p.status), p.instance, List.of(p.domains),
                new SubjectView(name(p.subjectKind), p.subjectDescription, p.subjectUnit), p.content, p.anonymous,
                p.petitionerCount, name(p.complexity), p.remoteArea, p.acceptanceDueDate, p.acceptedDate,
                p.resolutionDueDate, p.extensionsUsed, name(p.nextDeadline), p.nextDueDate, overdue(p),
                name(p.outcome), p.onTime, p.resolvedDate, p.duplicateOf, p.repeatOf,
                new RegisterView(p.registerComplex, p.registerProlonged, p.registerCrowded, p.registerReasons,
                        p.registerDate),
                new CorruptionView(p.corruptionFlagged, p.corruptionSummary, p.flaggedDate, p.conclusionReference,
                        p.concludedDate),
                attachments, history, additions, clocks(p));
    }

    static String basis(boolean provisional) {
        return provisional ? "PROVISIONAL" : "OFFICIAL";
    }

    static String nextDueBasis(Petition p) {
        if (p.nextDeadline == null) {
            return null;
        }
        return basis(p.nextDeadline == Deadline.ACCEPTANCE ? p.acceptanceDueProvisional : p.resolutionDueProvisional);
    }

    static List<ClockView> clocks(Petition p) {
        List<ClockView> clocks = new java.util.ArrayList<>();
        if (p.acceptanceDueDate != null) {
            clocks.add(new ClockView(Deadline.ACCEPTANCE.name(), p.instance, p.acceptanceStart, p.acceptanceRuleId,
                    p.acceptanceDueDate, basis(p.acceptanceDueProvisional), p.acceptanceExtensionDays,
                    p.nextDeadline == Deadline.ACCEPTANCE));
        }
        if (p.resolutionDueDate != null) {
            clocks.add(new ClockView(Deadline.RESOLUTION.name(), p.instance, p.resolutionStart, p.resolutionRuleId,
                    p.resolutionDueDate, basis(p.resolutionDueProvisional),
                    p.extensionDays == null ? 0 : p.extensionDays, p.nextDeadline == Deadline.RESOLUTION));
        }
        return clocks;
    }

    public PetitionSummary summary(Petition p) {
        return new PetitionSummary(p.id, p.number, p.unitPath, p.receivedDate, name(p.channel), name(p.kind),
                name(p.status), List.of(p.domains), p.subjectDescription, name(p.nextDeadline), p.nextDueDate,
                overdue(p), p.corruptionFlagged, nextDueBasis(p));
    }

    public TrackingView tracking(Petition p) {
        List<TrackingStep> steps = PetitionTransition.<PetitionTransition>list("petitionId = ?1 order by seq", p.id)
                .stream().map(t -> new TrackingStep(name(t.fromStatus), name(t.toStatus), t.effectiveDate,
                        t.documentReference)).toList();
        return new TrackingView(p.id, p.number, name(p.kind), name(p.status), p.receivedDate, p.acceptanceDueDate,
                p.resolutionDueDate, p.extensionsUsed, name(p.outcome), p.resolvedDate, steps);
    }

    public RegisterEntry registerEntry(Petition p) {
        return new RegisterEntry(p.id, p.number, p.unitPath, name(p.kind), name(p.status), p.registerComplex,
                p.registerProlonged, p.registerCrowded, p.registerReasons, p.registerDate);
    }

    public ReceptionVisitView visit(ReceptionVisit v) {
        return new ReceptionVisitView(v.id, v.unitPath, v.visitAt, v.place, name(v.kind), v.receivingOfficial,
                v.leaderPresent, v.people, v.groupVisit, v.summary, name(v.outcome), List.copyOf(v.petitionIds));
    }

    /** One record of the export: no petitioner, no content (which may name the denouncer). */
    public void csv(CsvWriter out, Petition p) {
        out.row(p.number, p.unitPath, p.receivedDate, name(p.channel), name(p.kind), name(p.status),
                String.join("|", p.domains), p.subjectDescription, p.acceptanceDueDate, p.resolutionDueDate,
                name(p.outcome), p.resolvedDate, Boolean.toString(p.corruptionFlagged), Boolean.toString(p.anonymous));
    }

    public static final String[] CSV_HEADER = {"number", "unitPath", "receivedDate", "channel", "kind", "status",
            "domains", "subject", "acceptanceDueDate", "resolutionDueDate", "outcome", "resolvedDate",
            "corruptionFlagged", "anonymous"};
}
