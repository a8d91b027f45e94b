package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.SolutionGroup;

/**
 * The reads of instruments, each with its solution groups: a page in three statements whatever its size
 * (count, the page's instruments, their groups).
 */
@ApplicationScoped
public class InstrumentQueries {

    /** An instrument with its solution groups, by number (none unless a project). */
    public record InstrumentWithGroups(Instrument instrument, List<SolutionGroup> groups) {
    }

    @Inject
    InstrumentService instruments;

    /** Instruments, optionally of one program, by issue date and number. */
    public Page<InstrumentWithGroups> page(Long programId, PageRequest page) {
        var query = programId == null ? Instrument.<Instrument>find("order by issuedDate, number")
                : Instrument.<Instrument>find("programId = ?1 order by issuedDate, number", programId);
        Page<Instrument> found = Pages.of(query, page, Function.identity());
        List<Long> ids = found.items().stream().map(i -> i.id).toList();
        Map<Long, List<SolutionGroup>> groups = ids.isEmpty() ? Map.of()
                : SolutionGroup.<SolutionGroup>list("instrumentId in ?1 order by instrumentId, number", ids).stream()
                        .collect(Collectors.groupingBy(g -> g.instrumentId));
        return new Page<>(found.items().stream()
                .map(i -> new InstrumentWithGroups(i, groups.getOrDefault(i.id, List.of()))).toList(),
                found.page(), found.size(), found.totalItems());
    }

    /** One instrument (else 404) with its groups. */
    public InstrumentWithGroups withGroups(long id) {
        return withGroups(instruments.instrument(id));
    }

    /** {@code instrument} with its groups (a new one's too, once written in this transaction). */
    public InstrumentWithGroups withGroups(Instrument instrument) {
        return new InstrumentWithGroups(instrument,
                SolutionGroup.list("instrumentId = ?1 order by number", instrument.id));
    }
}
