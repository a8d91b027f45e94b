package vn.minhbach.chassis.units;

import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.minhbach.chassis.security.Caller;

/**
 * Issue 17.6/17.7, in every service and on every endpoint: a token whose {@code unit} claim the
 * registry does not know is refused (403 {@code unit.unregistered}), and a token of a unit retired
 * before today is refused with 403 {@code unit.retired-token} naming the successors (unless
 * {@code minhbach.units.retired-tokens=accept}) — before the endpoint runs, so an official of a
 * retired unit never gets an empty list or a write through an endpoint that does not itself ask for
 * {@link Caller#unit()}. Callers without a unit (citizens, the public form) pass.
 */
public class TokenUnitFilter {

    @Inject
    Caller caller;

    @Inject
    UnitRegistry registry;

    @ServerRequestFilter
    public void checkTokenUnit() {
        if (registry.enabled() && caller.unitIfAny().isPresent()) {
            caller.unit(); // 403 problem when unregistered or retired
        }
    }
}
