package vn.minhbach.programs.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.minhbach.programs.Briefing;
import vn.minhbach.programs.Conference;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.ProgressReport;
import vn.minhbach.programs.SolutionGroup;
import vn.minhbach.programs.Target;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.service.IndicatorService;
import vn.minhbach.programs.service.InstrumentQueries.InstrumentWithGroups;
import vn.minhbach.programs.service.TaskQueries.TaskWithTarget;

/** Response bodies: never entities in JSON. */
public final class Views {

    private Views() {
    }

    public record ProgramView(long id, String code, String title, String issuingBody, String unitPath,
            int periodStart, int periodEnd, String status, List<TopicView> topics) {
        public static ProgramView of(Program p, List<Topic> topics) {
            return new ProgramView(p.id, p.code, p.title, p.issuingBody, p.unitPath, p.periodStart, p.periodEnd,
                    p.status.name(), topics == null ? null : topics.stream().map(TopicView::of).toList());
        }
    }

    public record TopicView(long id, long programId, int number, String title, String leadUnitPath) {
        public static TopicView of(Topic t) {
            return new TopicView(t.id, t.programId, t.number, t.title, t.leadUnitPath);
        }
    }

    public record InstrumentView(long id, Long programId, String kind, String number, LocalDate issuedDate,
            String issuer, String issuerUnitPath, String title, List<SolutionGroupView> solutionGroups) {
        public static InstrumentView of(Instrument i, List<SolutionGroup> groups) {
            return new InstrumentView(i.id, i.programId, i.kind.name(), i.number, i.issuedDate, i.issuer,
                    i.issuerUnitPath, i.title, groups.stream().map(SolutionGroupView::of).toList());
        }

        public static InstrumentView of(InstrumentWithGroups i) {
            return of(i.instrument(), i.groups());
        }
    }

    public record SolutionGroupView(long id, int number, String title) {
        public static SolutionGroupView of(SolutionGroup g) {
            return new SolutionGroupView(g.id, g.number, g.title);
        }
    }

    public record TargetView(long id, String kind, BigDecimal targetValue, String measureUnit, String direction,
            String milestone, LocalDate milestoneDate, String metric, Long implementsInstrumentId) {
        public static TargetView of(Target t) {
            return t == null ? null : new TargetView(t.id, t.kind.name(), t.targetValue, t.measureUnit,
                    t.direction == null ? null : t.direction.name(), t.milestone, t.milestoneDate,
                    t.metric == null ? null : t.metric.name(), t.implementsInstrumentId);
        }
    }

    public record TaskView(long id, Long topicId, Long instrumentId, Long solutionGroupId, String title,
            String unitPath, LocalDate assignedDate, LocalDate dueDate, String recurrence, String status,
            LocalDate completedDate, TargetView target) {
        public static TaskView of(ProgramTask t, Target target) {
            return new TaskView(t.id, t.topicId, t.instrumentId, t.solutionGroupId, t.title, t.unitPath,
                    t.assignedDate, t.dueDate, t.recurrence == null ? null : t.recurrence.name(), t.status.name(),
                    t.completedDate, TargetView.of(target));
        }

        public static TaskView of(TaskWithTarget t) {
            return of(t.task(), t.target());
        }
    }

    /** One entry of a task's history (a hand-over to a successor unit). */
    public record TaskHistoryView(int seq, String action, String fromUnit, String toUnit, LocalDate effectiveDate,
            String note, String actor, OffsetDateTime recordedAt) {
        public static TaskHistoryView of(vn.minhbach.programs.TaskHistory h) {
            return new TaskHistoryView(h.seq, h.action, h.fromUnit, h.toUnit, h.effectiveDate, h.note, h.actor,
                    h.recordedAt);
        }
    }

    public record ProgressReportView(long id, long taskId, String period, String unitPath, BigDecimal value,
            String narrative, List<String> evidenceRefs, String status, boolean late, LocalDate submittedDate,
            String submittedBy, String reviewedBy, OffsetDateTime reviewedAt, String returnReason) {
        public static ProgressReportView of(ProgressReport r) {
            return new ProgressReportView(r.id, r.taskId, r.period, r.unitPath, r.reportedValue, r.narrative,
                    r.evidenceRefs, r.status.name(), r.late, r.submittedDate, r.submittedBy, r.reviewedBy,
                    r.reviewedAt, r.returnReason);
        }
    }

    public record ConferenceView(long id, String unitPath, LocalDate heldDate, String title, boolean online,
            int connectedSites, int delegates, List<Long> relatedInstrumentIds) {
        public static ConferenceView of(Conference c) {
            return new ConferenceView(c.id, c.unitPath, c.heldDate, c.title, c.online, c.connectedSites, c.delegates,
                    c.relatedInstrumentIds);
        }
    }

    public record BriefingView(long id, String unitPath, LocalDate heldDate, String title, String chairedBy,
            String summary) {
        public static BriefingView of(Briefing b) {
            return new BriefingView(b.id, b.unitPath, b.heldDate, b.title, b.chairedBy, b.summary);
        }
    }

    /** Rà soát: what is not yet integrated with tasks and targets aligned with central and city direction. */
    public record ReviewView(List<TopicView> topicsWithoutTasks, List<InstrumentView> instrumentsWithoutTasks,
            List<TaskView> tasksWithoutTargets, List<TaskView> targetsWithoutDirective) {
    }

    /** Achieved vs target of one task for a period. */
    public record IndicatorView(long taskId, String title, String unitPath, String period, String kind,
            BigDecimal target, String measureUnit, String direction, String metric, BigDecimal achieved,
            boolean computed, Boolean met) {
        public static IndicatorView of(IndicatorService.Indicator i) {
            ProgramTask task = i.task();
            Target target = i.target();
            return new IndicatorView(task.id, task.title, task.unitPath, i.period(), target.kind.name(),
                    target.targetValue, target.measureUnit, target.direction.name(),
                    target.metric == null ? null : target.metric.name(), i.achieved(), i.computed(), i.met());
        }
    }

    /** The roll-up of a unit's subtree: how many targets are met, not met, not yet measurable. */
    public record UnitRollup(String unitPath, long targets, long met, long notMet, long pending) {
        public static UnitRollup of(IndicatorService.Rollup r) {
            return new UnitRollup(r.unitPath(), r.targets(), r.met(), r.notMet(), r.pending());
        }
    }

    public record IndicatorsView(String unit, String period, List<IndicatorView> indicators, List<UnitRollup> rollup) {
        public static IndicatorsView of(IndicatorService.Indicators i) {
            return new IndicatorsView(i.unit(), i.period(), i.indicators().stream().map(IndicatorView::of).toList(),
                    i.rollup().stream().map(UnitRollup::of).toList());
        }
    }
}
