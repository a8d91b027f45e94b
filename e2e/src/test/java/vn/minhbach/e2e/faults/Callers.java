package vn.minhbach.e2e.faults;

import java.util.List;

/** Who records the petitions of a load: three clients, so each stays under the gateway's 600/min. */
final class Callers {

    private Callers() {
    }

    /** reception.btl and handler.btl (unit 01.021) and the integration client (unit 01, petition-intake). */
    static List<PetitionLoad.Caller> standard() {
        return List.of(PetitionLoad.Caller.user("reception.btl"), PetitionLoad.Caller.user("handler.btl"),
                PetitionLoad.Caller.integration());
    }

    /** Without handler.btl, who flags the petitions in the two-instances test. */
    static List<PetitionLoad.Caller> withoutHandler() {
        return List.of(PetitionLoad.Caller.user("reception.btl"), PetitionLoad.Caller.integration());
    }
}
