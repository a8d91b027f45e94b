package vn.minhbach.petitions.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.ReceptionVisit;

/** Read side of reception visits. */
@ApplicationScoped
public class ReceptionVisitQueries {

    /** The visits of the subtree {@code root} in an inclusive period (open ends: no bound), newest first. */
    public PanacheQuery<ReceptionVisit> visits(String root, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("u", root);
        params.put("up", UnitPath.descendantsPattern(root));
        params.put("from", from == null ? LocalDate.of(1900, 1, 1) : from);
        params.put("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        return ReceptionVisit.find("(unitPath = :u or unitPath like :up) and visitDate between :from and :to"
                + " order by visitAt desc, id", params);
    }
}
