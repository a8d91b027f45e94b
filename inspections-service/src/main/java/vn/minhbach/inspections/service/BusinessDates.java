package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.inspections.config.InspectionsConfig;

/** Business dates: past dates are accepted (replayed work), future ones and out-of-order steps are not. */
@ApplicationScoped
public class BusinessDates {

    @Inject
    InspectionsConfig config;

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    public void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(today())) {
            throw ProblemException.unprocessable("date.in-future", field, date);
        }
    }

    /** {@code date} must not precede {@code earlier} (the step it follows). */
    public void notBefore(LocalDate date, String field, LocalDate earlier, String earlierField) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw ProblemException.unprocessable("date.before-previous", field, date, earlierField, earlier);
        }
    }
}
