package vn.minhbach.petitions.scope;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.minhbach.petitions.Api;
import vn.minhbach.testing.UnitScopeByConstruction;

/**
 * Unit scope by construction ({@link UnitScopeByConstruction}) in petitions-service: petitions, probed
 * by leaders through {@link ScopeProbeResource}.
 */
@QuarkusTest
class UnitScopeByConstructionTest extends UnitScopeByConstruction {

    /** The districts 01.019 and 01.021 were retired on 1 July 2025 (unit registry): their records are older. */
    static final LocalDate BEFORE_THE_REFORM = LocalDate.of(2025, 3, 3);

    @Override
    protected String role() {
        return "leader";
    }

    @Override
    protected String create(String unit) {
        return Api.newPetition(unit, "DENUNCIATION", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1));
    }

    @Override
    protected String createInARetiredDistrict(String unit) {
        return Api.newPetition(unit, "DENUNCIATION", BEFORE_THE_REFORM);
    }
}
