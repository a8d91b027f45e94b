package vn.minhbach.inspections.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of the inspections service. */
@ConfigMapping(prefix = "minhbach.inspections")
public interface InspectionsConfig {

    /** Time zone of business dates ("today" for the not-in-the-future checks and overdue). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** How often overdue recommendations are looked for ({@code off} disables the job). */
    @WithDefault("1h")
    String overdueCheckEvery();

    /** Consumer name under which petition events are de-duplicated. */
    @WithDefault("inspections-leads")
    String leadsConsumer();
}
