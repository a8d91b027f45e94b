package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.Briefing;
import vn.minhbach.programs.Conference;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.messaging.ProgramEvents;
import vn.minhbach.programs.service.command.NewBriefing;
import vn.minhbach.programs.service.command.NewConference;

/** Conferences and dissemination events, and the periodic briefings log. */
@ApplicationScoped
public class ConferenceService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    vn.minhbach.chassis.units.UnitCheck units;

    @Inject
    ProgramService programs;

    @Transactional
    public Conference record(NewConference in) {
        String unit = programs.unitInScope(in.unitPath());
        units.requireRegistered("unitPath", unit, in.heldDate());
        List<Long> related = in.relatedInstrumentIds() == null ? List.of() : List.copyOf(in.relatedInstrumentIds());
        for (Long id : related) {
            if (Instrument.findById(id) == null) {
                throw ProblemException.unprocessable("instrument.not-found", String.valueOf(id));
            }
        }
        if (!in.online() && in.connectedSites() > 1) {
            throw ProblemException.unprocessable("conference.sites-need-online", String.valueOf(in.connectedSites()));
        }
        Conference c = new Conference();
        c.unitPath = unit;
        c.heldDate = in.heldDate();
        c.title = in.title();
        c.online = in.online();
        c.connectedSites = in.connectedSites();
        c.delegates = in.delegates();
        c.relatedInstrumentIds = related;
        c.recordedBy = caller.name();
        c.recordedAt = ProgramService.now();
        c.persist();
        outbox.publish(ProgramEvents.AGGREGATE_CONFERENCE, c.id.toString(), "conference.recorded",
                new ProgramEvents.ConferenceRecorded(unit, c.id, c.heldDate, c.title, c.online, c.connectedSites,
                        c.delegates, related));
        audit.record(caller.name(), "conference.recorded", "conference", c.id.toString(), unit,
                Map.of("heldDate", c.heldDate.toString(), "delegates", c.delegates));
        return c;
    }

    public Conference conference(long id) {
        return caller.inScope(Conference.<Conference>findById(id), c -> c.unitPath,
                "conference.not-found", String.valueOf(id));
    }

    @Transactional
    public Briefing log(NewBriefing in) {
        String unit = programs.unitInScope(in.unitPath());
        units.requireRegistered("unitPath", unit, in.heldDate());
        Briefing b = new Briefing();
        b.unitPath = unit;
        b.heldDate = in.heldDate();
        b.title = in.title();
        b.chairedBy = in.chairedBy();
        b.summary = in.summary();
        b.recordedBy = caller.name();
        b.recordedAt = ProgramService.now();
        b.persist();
        audit.record(caller.name(), "briefing.logged", "briefing", b.id.toString(), unit,
                Map.of("heldDate", b.heldDate.toString()));
        return b;
    }
}
