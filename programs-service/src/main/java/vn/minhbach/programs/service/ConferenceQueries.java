package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Conference;

/** The list of conferences; one conference is {@link ConferenceService#conference}. */
@ApplicationScoped
public class ConferenceQueries {

    /** Conferences of {@code unit}'s subtree, the latest first. */
    public Page<Conference> ofSubtree(String unit, PageRequest page) {
        return Pages.of(Conference.<Conference>find("(unitPath = ?1 or unitPath like ?2) order by heldDate desc, id",
                unit, UnitPath.descendantsPattern(unit)), page, Function.identity());
    }
}
