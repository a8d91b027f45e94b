package vn.minhbach.programs.rest;

import static vn.minhbach.programs.rest.Roles.AUDITOR;
import static vn.minhbach.programs.rest.Roles.LEADER;
import static vn.minhbach.programs.rest.Roles.PROGRAM_OFFICER;
import static vn.minhbach.programs.rest.Roles.UNIT_REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.rest.Views.IndicatorsView;
import vn.minhbach.programs.service.IndicatorService;

@Path("/api/v1/indicators")
@Tag(name = "Indicators (Chỉ tiêu: kết quả so với chỉ tiêu)")
public class IndicatorResource {

    @Inject
    IndicatorService indicators;

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Kết quả so với chỉ tiêu theo kỳ và đơn vị, cộng dồn lên đơn vị cấp trên (achieved vs target)")
    public IndicatorsView get(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("period") @NotNull @Pattern(regexp = "^\\d{4}(-Q[1-4]|-H[12])?$") String period) {
        return IndicatorsView.of(indicators.indicators(unit, period));
    }
}
