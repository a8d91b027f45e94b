package vn.minhbach.petitions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.minhbach.chassis.csv.CsvWriter;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.Petition;
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
import vn.minhbach.petitions.service.PetitionFileQueries;
import vn.minhbach.petitions.service.PetitionService;

/** Entity → response record. Never maps a petitioner. */
@ApplicationScoped
public class PetitionMapping {

    @Inject
    PetitionService petitions;
    @Inject
    PetitionFileQueries files;
    @Inject
    vn.minhbach.chassis.time.BusinessClock clock;

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    boolean overdue(Petition p) {
        return p.nextDueDate != null && p.nextDueDate.isBefore(petitions.today());
    }

    public PetitionView view(Petition p) {
        List<HistoryView> history = files.history(p.id).stream().map(t -> new HistoryView(t.action, name(t.fromStatus), name(t.toStatus), t.effectiveDate,
                        t.documentReference, t.note, t.actor, p.anonymous ? null : t.recordedAt,
                        clock.dayOf(t.recordedAt))).toList();
        List<AttachmentView> attachments = files.attachments(p.id).stream().map(a -> new AttachmentView(a.id, a.name, a.contentType, a.size, a.sha256)).toList();
        List<String> additions = files.additions(p.id);
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
        return tracking(p, requestLocale());
    }

    /**
     * The citizen's view. Each step's label and note are fixed texts per action (messages
     * {@code citizen.step.*}, {@code citizen.note.*}), never the official's note; from that note only
     * the facts the citizen is owed are taken: the legal ground of a refusal, the agency of a transfer.
     */
    public TrackingView tracking(Petition p, java.util.Locale locale) {
        List<PetitionTransition> rows = files.history(p.id);
        String outcome = p.outcome == null ? null : text("citizen.outcome." + p.outcome.name(), locale);
        List<TrackingStep> steps = rows.stream().map(t -> {
            String ground = "NOT_ACCEPT".equals(t.action) ? noteFact(t.note, "legalGround=") : null;
            String agency = "TRANSFER".equals(t.action) ? PetitionTransition.agency(t.note) : null;
            String action = t.action;
            String label = vn.minhbach.chassis.problem.ProblemMessages.find("citizen.step." + action, locale)
                    .orElse(text("citizen.step.OTHER", locale));
            String note = vn.minhbach.chassis.problem.ProblemMessages.find("citizen.note." + action, locale).isPresent()
                    ? text("citizen.note." + action, locale, agency == null ? "" : agency,
                            outcome == null || !"RESOLVE".equals(action) ? "" : outcome)
                    : null;
            return new TrackingStep(name(t.fromStatus), name(t.toStatus), t.effectiveDate, t.documentReference,
                    action, label, note, ground, ground == null ? null : text("citizen.ground." + ground, locale), agency);
        }).toList();
        String transferredTo = steps.stream().map(TrackingStep::toAgency).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
        return new TrackingView(p.id, p.number, name(p.kind), name(p.status), p.receivedDate, p.acceptanceDueDate,
                p.resolutionDueDate, p.extensionsUsed, name(p.outcome), p.resolvedDate, steps,
                text("citizen.status." + p.status.name(), locale), outcome, transferredTo, name(p.nextDeadline),
                p.nextDueDate, p.instance);
    }

    /** The change feed's page in the request's language. */
    public PetitionViews.CitizenChanges changes(vn.minhbach.petitions.service.CitizenChanges.Batch batch) {
        java.util.Locale locale = requestLocale();
        return new PetitionViews.CitizenChanges(batch.changes().stream().map(c -> new PetitionViews.CitizenChange(
                c.cursor(), c.step().petitionId, c.number(), c.step().action,
                vn.minhbach.chassis.problem.ProblemMessages.find("citizen.step." + c.step().action, locale)
                        .orElse(text("citizen.step.OTHER", locale)),
                name(c.step().toStatus), c.step().toStatus == null ? null
                        : text("citizen.status." + c.step().toStatus.name(), locale),
                c.step().effectiveDate)).toList(), batch.next());
    }

    private static String text(String key, java.util.Locale locale, Object... args) {
        return vn.minhbach.chassis.problem.ProblemMessages.text(key, locale, args);
    }

    /** A fact written first in a step's note ({@code key=value}, then {@code "; "} and the official's note). */
    static String noteFact(String note, String key) {
        if (note == null || !note.startsWith(key)) {
            return null;
        }
        String rest = note.substring(key.length());
        int end = rest.indexOf("; ");
        return end < 0 ? rest : rest.substring(0, end);
    }

    @Inject
    jakarta.enterprise.inject.Instance<io.vertx.core.http.HttpServerRequest> request;

    /** The request's Accept-Language (Vietnamese by default, and outside a request). */
    java.util.Locale requestLocale() {
        try {
            if (io.quarkus.arc.Arc.container().requestContext().isActive() && request.isResolvable()) {
                return vn.minhbach.chassis.problem.ProblemMessages.locale(request.get().getHeader("Accept-Language"));
            }
        } catch (RuntimeException noRequest) {
            // no HTTP request behind this call
        }
        return vn.minhbach.chassis.problem.ProblemMessages.VIETNAMESE;
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
